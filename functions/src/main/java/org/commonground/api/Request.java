package org.commonground.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;

/** The parts of an API Gateway HTTP API (v2) event that routes read. */
public final class Request {
    private final APIGatewayV2HTTPEvent event;
    private final String site;

    public Request(APIGatewayV2HTTPEvent event, String site) {
        this.event = event;
        this.site = site;
    }

    /** The site address this request came through, for links and QR codes. */
    public String site() { return site; }

    public String routeKey() { return event.getRouteKey(); }

    public String requestId() {
        return event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
    }

    public String path(String name) {
        Map<String, String> params = event.getPathParameters();
        String value = params == null ? null : params.get(name);
        if (value == null || value.isEmpty()) {
            throw Problem.invalid("missing_path", "The address is missing its " + name + ".");
        }
        return value;
    }

    /** A path segment, if the route has it (for logs). */
    public java.util.Optional<String> pathIfPresent(String name) {
        Map<String, String> params = event.getPathParameters();
        return java.util.Optional.ofNullable(params == null ? null : params.get(name));
    }

    /** A path segment that must be one of our ids; anything else cannot exist. */
    public String id(String name, String what) {
        String value = path(name);
        if (!Ids.looksValid(value)) {
            throw Problem.notFound("not_found", "There is no " + what + " with that id. Check the link and try again.");
        }
        return value;
    }

    /** Every path parameter of the route, empty when it has none. */
    public Map<String, String> pathParameters() {
        Map<String, String> params = event.getPathParameters();
        return params == null ? Map.of() : params;
    }

    public Optional<String> query(String name) {
        Map<String, String> params = event.getQueryStringParameters();
        return Optional.ofNullable(params == null ? null : params.get(name));
    }

    /** A whole-number query parameter, if given; a 400 with this code and message when it is not a number. */
    public Optional<Long> queryNumber(String name, String code, String message) {
        return query(name).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw Problem.invalid(code, message);
            }
        });
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) return Optional.empty();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) return Optional.ofNullable(h.getValue());
        }
        return Optional.empty();
    }

    public Optional<String> bearerToken() {
        return header("authorization")
                .map(String::strip)
                .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("bearer "))
                .map(h -> h.substring(7).strip())
                .filter(t -> !t.isEmpty());
    }

    public String rawBody() {
        String body = event.getBody();
        if (body != null && event.getIsBase64Encoded()) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("malformed_body", "The request body could not be read. Send it again as JSON.");
            }
        }
        return body;
    }

    /**
     * The body as a JSON object with only these fields. A body must say it is JSON
     * ({@code Content-Type: application/json}, charset UTF-8 if given); anything else gets 415.
     */
    public RequestBody body(Set<String> allowedFields) {
        String raw = rawBody();
        requireJson(raw);
        return RequestBody.parse(raw, allowedFields);
    }

    /** As {@link #body}, but no body at all reads as {@code {}}: for routes whose every field is optional. */
    public RequestBody bodyOrEmpty(Set<String> allowedFields) {
        String raw = rawBody();
        return raw == null || raw.isBlank() ? RequestBody.parse("{}", allowedFields) : body(allowedFields);
    }

    private void requireJson(String raw) {
        if (raw != null && !raw.isEmpty() && !isJson(header("content-type").orElse(""))) {
            throw new Problem(Problem.Kind.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Send the request body as JSON, with the header 'Content-Type: application/json'.");
        }
    }

    static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) return false;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) return false;
        }
        return true;
    }

    /** A body holding a file, as JSON: up to {@code maxCharacters}, past which the answer is 413 with {@code tooLarge}; not JSON, 415. */
    public RequestBody largeBody(Set<String> allowedFields, int maxCharacters, String tooLarge) {
        String raw = rawBody();
        if (raw != null && raw.length() > maxCharacters) throw Problem.tooLarge(tooLarge);
        requireJson(raw);
        return RequestBody.parseLarge(raw, allowedFields);
    }
}
