package org.commonground.kernel;

import java.text.Normalizer;

/**
 * The one rule for words people type: kept as they wrote them, only Unicode-normalised
 * (NFC, so the same letters compare equal) and trimmed; control characters refused.
 */
public final class Text {
    private Text() {}

    public static String clean(String value, String what, int maxCharacters) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw Problem.invalid("control_character",
                        "The " + what + " contains a hidden control character. Please retype it and try again.");
            }
        }
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            throw Problem.invalid("empty_text", "The " + what + " is empty. Please write something.");
        }
        if (length > maxCharacters) {
            throw Problem.invalid("text_too_long", "The " + what + " is " + length + " characters long. Please keep it to "
                    + maxCharacters + " characters or fewer.");
        }
        return text;
    }
}
