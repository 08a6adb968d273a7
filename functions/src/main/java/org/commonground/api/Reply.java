package org.commonground.api;

import java.util.Map;
import org.commonground.kernel.Json;

/** What a route answers: a status, a body already written out, and its content type. */
public record Reply(int status, String body, String contentType, Map<String, String> extraHeaders) {
    private static final String JSON = "application/json; charset=utf-8";

    public static Reply ok(Object value) { return new Reply(200, Json.write(value), JSON, Map.of()); }
    public static Reply created(Object value) { return new Reply(201, Json.write(value), JSON, Map.of()); }
    public static Reply accepted(Object value) { return new Reply(202, Json.write(value), JSON, Map.of()); }
    public static Reply noContent() { return new Reply(204, "", JSON, Map.of()); }
    public static Reply notModified() { return new Reply(304, "", JSON, Map.of()); }

    public static Reply error(int status, String code, String message) {
        return new Reply(status, Json.write(Map.of("error", code, "message", message)), JSON, Map.of());
    }

    /** A file to save, such as a CSV export; never cached, as it holds what people said. */
    public static Reply download(String body, String contentType, String fileName) {
        return new Reply(200, body, contentType, Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }

    /** A page to read or print, such as the report; never cached. */
    public static Reply page(String html) {
        return new Reply(200, html, "text/html; charset=utf-8", Map.of());
    }

    /** Something other than JSON, such as an SVG image, that may be cached for a while. */
    public static Reply cacheable(String body, String contentType, int maxAgeSeconds) {
        return new Reply(200, body, contentType, Map.of("Cache-Control", "public, max-age=" + maxAgeSeconds));
    }
}
