package org.commonground.outbox;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Email bodies from Mustache templates under /email: NAME.html (values HTML-escaped) and
 * NAME.txt (plain text, not escaped).
 */
public final class EmailTemplates {
    private static final Mustache.Compiler HTML = Mustache.compiler().defaultValue("");
    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).defaultValue("");
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private EmailTemplates() {}

    public static String html(String name, Object context) {
        return CACHE.computeIfAbsent(name + ".html", file -> compile(HTML, file)).execute(context);
    }

    public static String text(String name, Object context) {
        return CACHE.computeIfAbsent(name + ".txt", file -> compile(TEXT, file)).execute(context);
    }

    private static Template compile(Mustache.Compiler compiler, String file) {
        try (InputStream in = EmailTemplates.class.getResourceAsStream("/email/" + file)) {
            if (in == null) throw new IllegalStateException("Missing email template " + file);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return compiler.compile(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read email template " + file, e);
        }
    }
}
