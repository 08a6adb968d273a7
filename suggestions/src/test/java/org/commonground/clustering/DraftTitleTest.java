package org.commonground.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DraftTitleTest {
    @Test
    void aShortStatementIsKeptWholeOnOneLine() {
        assertEquals("I never get a break", DraftTitle.cut("  I never get\na break ", 60));
    }

    @Test
    void aLongStatementIsCutBetweenWords() {
        String text = "I haven't had a whole day off in over two years, not one, and nobody seems to notice";
        String title = DraftTitle.cut(text, 60);
        assertEquals("I haven't had a whole day off in over two years, not one…", title);
        assertTrue(graphemes(title) <= 60);
    }

    @Test
    void aCutNeverSplitsACharacterAsPeopleSeeIt() {
        String family = "👨‍👩‍👧"; // one character on screen, five code points
        String text = "Ffion a'r teulu " + family.repeat(60);
        String title = DraftTitle.cut(text, 20);
        assertEquals("Ffion a'r teulu…", title, "cut at the last word boundary, not inside the emoji run");
        String word = "e\u0301".repeat(70); // é as e + combining accent, one long word
        String cutWord = DraftTitle.cut(word, 60);
        assertEquals(60, graphemes(cutWord));
        assertTrue(cutWord.startsWith("e\u0301") && cutWord.endsWith("e\u0301…"), "never a bare accent");
    }

    @Test
    void theTitleIsTheWordsTheGroupSharesWhenThereAreAny() {
        assertEquals("Respite, break, weekend", DraftTitle.of(List.of("respite", "break", "weekend"), "I never get a break"));
        assertEquals("I never get a break", DraftTitle.of(List.of(), "I never get a break"));
    }

    private static int graphemes(String s) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s);
        int n = 0;
        while (it.next() != BreakIterator.DONE) n++;
        return n;
    }
}
