package org.commonground.kernel;

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
 * Emails and the printable report from Mustache templates under /templates: NAME.html (values HTML-escaped) and
 * NAME.txt (plain text, not escaped). Partials are read from the same folder with the same ending.
 */
public final class Templates {
    private static final Mustache.Compiler HTML = Mustache.compiler().defaultValue("").withLoader(name -> reader(name + ".html"));
    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).defaultValue("").withLoader(name -> reader(name + ".txt"));
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private Templates() {}

    public static String html(String name, Object context) {
        return CACHE.computeIfAbsent(name + ".html", file -> compile(HTML, file)).execute(context);
    }

    public static String text(String name, Object context) {
        return CACHE.computeIfAbsent(name + ".txt", file -> compile(TEXT, file)).execute(context);
    }

    private static Template compile(Mustache.Compiler compiler, String file) {
        try (Reader reader = reader(file)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read template " + file, e);
        }
    }

    /** A template file, or a partial such as {{> plan}} that several emails share. */
    private static Reader reader(String file) {
        InputStream in = Templates.class.getResourceAsStream("/templates/" + file);
        if (in == null) throw new IllegalStateException("Missing template " + file);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
