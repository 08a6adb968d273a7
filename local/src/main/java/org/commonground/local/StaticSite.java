package org.commonground.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.commonground.site.ContentTypes;
import org.commonground.site.SiteSettings;

/**
 * Serves web/ as CloudFront and S3 do: files by path (compressed when the browser accepts
 * it), and index.html for page addresses such as /join/CODE.
 */
public final class StaticSite {

    /** The same policy a deployment sets; scripts and styles come only from the site itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Who runs a copy on a laptop, unless ORGANISATION_NAME, CONTACT_EMAIL and PRIVACY_NOTICE say otherwise. */
    static final SiteSettings LOCAL = new SiteSettings("Demo Council (a trial copy)", "facilitator@example.org",
            "This copy of Common Ground runs on one computer, for trying it out and for training. "
                    + "Use made-up answers, not real people's details.\n\n"
                    + "Everything stays on that computer, and deleting its data folder deletes it all.");

    private final Path root;
    private final byte[] siteJson;

    /** Serves root (web/) with /site.json made from the settings, as a deployment publishes it. */
    public StaticSite(Path root, SiteSettings settings) {
        this.root = root.toAbsolutePath().normalize();
        this.siteJson = settings.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            LocalApi.send(exchange, 405, Map.of("Content-Type", "text/plain"), "Method Not Allowed");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/site.json")) {
            send(exchange, method, "application/json; charset=utf-8", siteJson);
            return;
        }
        int slash = path.lastIndexOf('/');
        boolean isPage = path.lastIndexOf('.') <= slash;
        Path file = isPage ? root.resolve("index.html") : root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            LocalApi.send(exchange, 404, Map.of("Content-Type", "text/plain; charset=utf-8"), "Not found");
            return;
        }
        String name = file.getFileName().toString();
        send(exchange, method, ContentTypes.of(name.substring(name.lastIndexOf('.') + 1)), Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, String method, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-cache");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accepts != null && accepts.contains("gzip") && !type.startsWith("image/png")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
            headers.set("Content-Encoding", "gzip");
            headers.set("Vary", "Accept-Encoding");
        }
        exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
        if (!method.equals("HEAD")) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
