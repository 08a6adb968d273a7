package org.commonground.workshops;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short codes people can read aloud and type on a phone: no vowels (so no words), and none
 * of the characters that look alike (0/O, 1/I/L).
 */
public final class JoinCode {
    static final String ALPHABET = "BCDFGHJKMNPQRSTVWXZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {}

    public static String next() {
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        return code.toString();
    }

    /** The code as typed (any case, spaces or dashes) in its stored form, or null if it cannot be one. */
    public static String normalise(String typed) {
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() < 4 || code.length() > 12) return null;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return null;
        }
        return code;
    }
}
