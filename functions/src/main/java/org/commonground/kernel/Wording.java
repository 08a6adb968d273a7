package org.commonground.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The words of the emails, one file per language beside the templates
 * ({@code templates/en.properties}, {@code templates/cy.properties}, UTF-8). A key with no
 * section that {@code web/i18n.js} also has says the same words there; a section ({@code day1.},
 * {@code day2.}) holds one email's own words.
 */
public final class Wording {
    private Wording() {}

    /**
     * The words of one section in one language ({@code en} or {@code cy}), by key without the
     * section; a null section gives the keys that have none. Throws when there is no such language.
     */
    public static Map<String, String> labels(String language, String section) {
        Map<String, String> labels = new HashMap<>();
        read(language).forEach((key, words) -> {
            String k = (String) key;
            int dot = k.indexOf('.');
            if (section == null && dot < 0) labels.put(k, (String) words);
            if (section != null && dot > 0 && k.substring(0, dot).equals(section)) labels.put(k.substring(dot + 1), (String) words);
        });
        return Map.copyOf(labels);
    }

    private static Properties read(String language) {
        try (InputStream in = Wording.class.getResourceAsStream("/templates/" + language + ".properties")) {
            if (in == null) throw new IllegalArgumentException("No wording for the language " + language);
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return words;
        } catch (IOException e) {
            throw new IllegalStateException("The wording for " + language + " could not be read", e);
        }
    }
}
