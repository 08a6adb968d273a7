package org.commonground.site;

import java.util.Map;

/**
 * The Content-Type of each kind of file in {@code web/}, the same for the deployed site bucket and
 * the local server, so a page behaves alike in both.
 */
public final class ContentTypes {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json; charset=utf-8",
            "png", "image/png",
            "ico", "image/x-icon",
            "webmanifest", "application/manifest+json",
            "txt", "text/plain; charset=utf-8");

    private ContentTypes() {}

    /** The Content-Type for a file name's extension (without the dot); unknown ones are application/octet-stream. */
    public static String of(String extension) {
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
