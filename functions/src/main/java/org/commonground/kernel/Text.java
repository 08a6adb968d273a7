package org.commonground.kernel;

import java.text.BreakIterator;
import java.text.Normalizer;

/**
 * The one rule for words people type: kept as they wrote them, only Unicode-normalised
 * (NFC, so the same letters compare equal) and trimmed. Refused, each with a sentence saying
 * why: control characters (C0 other than tab and line breaks, DEL, C1), characters that flip
 * the direction of the text around them (bidirectional embeddings, overrides and isolates,
 * U+202A to U+202E and U+2066 to U+2069; the plain direction marks are kept), broken
 * characters (a lone half of a surrogate pair), and text that only looks like something but
 * is all spaces and invisible characters.
 */
public final class Text {
    private Text() {}

    public static String clean(String value, String what, int maxCharacters) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                throw Problem.invalid("control_character",
                        "The " + what + " contains a hidden control character. Please retype it and try again.");
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                throw Problem.invalid("direction_character", "The " + what + " contains a hidden character that changes the "
                        + "direction of the text around it. Please retype it without that character.");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw Problem.invalid("broken_character", "The " + what + " contains a broken character. Please retype it and try again.");
            }
        }
        int length = text.codePointCount(0, text.length());
        if (length == 0 || text.codePoints().allMatch(Text::invisible)) {
            throw Problem.invalid("empty_text", "The " + what + " is empty. Please write something.");
        }
        if (length > maxCharacters) {
            throw Problem.invalid("text_too_long", "The " + what + " is " + length + " characters long. Please keep it to "
                    + maxCharacters + " characters or fewer.");
        }
        return text;
    }

    /** One line of text, such as a title or a name: as {@link #clean}, and no tabs or line breaks. */
    public static String line(String value, String what, int maxCharacters) {
        String text = clean(value, what, maxCharacters);
        if (text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085')) {
            throw Problem.invalid("line_break", "The " + what + " must be on one line. Please remove the line breaks.");
        }
        return text;
    }

    /** Characters that show nothing: spaces of every kind, formatting characters and the blank fillers. */
    static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F;
    }

    /**
     * Text for an email header such as a subject: one line (line breaks, tabs, controls and
     * direction characters become spaces, runs of spaces one space), at most
     * {@code maxCharacters} characters, cut between characters as people see them.
     */
    public static String header(String value, int maxCharacters) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            boolean unsafe = Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || (c >= 0xD800 && c <= 0xDFFF);
            out.appendCodePoint(unsafe ? ' ' : c);
        });
        return shorten(out.toString().replaceAll("\\s+", " ").strip(), maxCharacters);
    }

    /**
     * At most {@code maxCharacters} characters (code points), cut between grapheme clusters
     * (java.text.BreakIterator's character instance), so a flag, an emoji with its skin tone
     * or a letter with its accent is never cut in half; "…" marks a cut.
     */
    public static String shorten(String text, int maxCharacters) {
        if (text.codePointCount(0, text.length()) <= maxCharacters) return text;
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            if (text.codePointCount(0, next) > maxCharacters - 1) break;
            end = next;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
