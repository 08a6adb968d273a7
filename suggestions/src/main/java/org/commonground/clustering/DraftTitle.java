package org.commonground.clustering;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * A proposal's draft title, for the room to rewrite as an "I" statement: the words its
 * statements share ("Respite, break, weekend"), or, when they share none, the start of its
 * middle statement. At most {@link #MAX} characters as people see them (grapheme clusters, so an
 * emoji or an accented letter is never split), cut between words where a word boundary fits.
 */
public final class DraftTitle {
    public static final int MAX = 60;

    private DraftTitle() {}

    /** The title from the shared words (strongest first) or else from the middle statement. */
    public static String of(List<String> sharedWords, String middle) {
        if (!sharedWords.isEmpty()) {
            String words = String.join(", ", sharedWords);
            return cut(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1), MAX);
        }
        return cut(middle, MAX);
    }

    /**
     * {@code text} on one line, whole when it has at most {@code max} grapheme clusters; else cut
     * at the last word boundary that leaves room for "…" (or, for one very long word, the last
     * grapheme boundary), trailing spaces and punctuation dropped, and "…" added.
     */
    public static String cut(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(line);
        int count = 0;
        int limit = -1; // end of the (max - 1)th grapheme: the longest start that leaves room for "…"
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            count++;
            if (count == max - 1) limit = end;
        }
        if (count <= max) return line;
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(line);
        int at = words.preceding(limit + 1);
        while (at > 0 && !Character.isWhitespace(line.codePointBefore(at)) && !Character.isWhitespace(line.codePointAt(at))) {
            at = words.preceding(at);
        }
        if (at <= 0) at = limit;
        String start = line.substring(0, at).replaceAll("[\\s\\p{Punct}]+$", "");
        return (start.isEmpty() ? line.substring(0, limit) : start) + "…";
    }
}
