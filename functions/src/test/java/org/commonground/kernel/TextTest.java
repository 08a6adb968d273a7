package org.commonground.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void keepsWordsAsWrittenButTrimmed() {
        assertEquals("<b>I'm tired</b> & \"fed up\"", Text.clean("  <b>I'm tired</b> & \"fed up\"\n", "answer", 2000));
    }

    @Test
    void keepsLineBreaksAndTabsInside() {
        assertEquals("one\n\ttwo\r\nthree", Text.clean("one\n\ttwo\r\nthree", "answer", 2000));
    }

    @Test
    void normalisesToComposedForm() {
        assertEquals("Siân", Text.clean("Sia\u0302n", "name", 60));
    }

    @Test
    void refusesControlCharacters() {
        Problem p = assertThrows(Problem.class, () -> Text.clean("bell\u0007", "answer", 2000));
        assertEquals("control_character", p.code());
        assertEquals(Problem.Kind.INVALID, p.kind());
    }

    @Test
    void refusesEmptyAfterTrimming() {
        assertEquals("empty_text", assertThrows(Problem.class, () -> Text.clean(" \n\t ", "answer", 2000)).code());
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String twoThousandEmoji = "😀".repeat(2000);
        assertEquals(twoThousandEmoji, Text.clean(twoThousandEmoji, "answer", 2000));
        Problem p = assertThrows(Problem.class, () -> Text.clean(twoThousandEmoji + "x", "answer", 2000));
        assertEquals("text_too_long", p.code());
        assertEquals("The answer is 2001 characters long. Please keep it to 2000 characters or fewer.", p.getMessage());
    }

    private static String refused(String text) {
        return assertThrows(Problem.class, () -> Text.clean(text, "answer", 2000)).code();
    }

    @Test
    void refusesTextThatOnlyLooksLikeSomething() {
        assertEquals("empty_text", refused("\u200B\u200C\u2060"));
        assertEquals("empty_text", refused("\u3164\u3164"));
        assertEquals("empty_text", refused("\u00A0\u202F\uFEFF"));
        assertEquals("Zoë\u200Bx", Text.clean("Zoë\u200Bx", "answer", 2000), "invisible characters among words are kept as typed");
    }

    @Test
    void refusesHiddenControlsDirectionFlipsAndBrokenCharacters() {
        assertEquals("control_character", refused("a\u0000b"));
        assertEquals("control_character", refused("a\u0085b"));
        assertEquals("direction_character", refused("invoice\u202Efdp.exe"));
        assertEquals("direction_character", refused("a\u2066b\u2069"));
        assertEquals("broken_character", refused("half \uD83D of an emoji"));
        assertEquals("broken_character", refused("\uDE00 low first"));
        assertEquals("مرحبا\u200F", Text.clean("مرحبا\u200F", "answer", 2000), "plain direction marks are kept");
    }

    @Test
    void titlesAndNamesAreOneLine() {
        assertEquals("line_break", assertThrows(Problem.class, () -> Text.line("Title\nBcc: x@example.org", "title", 200)).code());
        assertEquals("One line", Text.line("One line", "title", 200));
    }

    @Test
    void headersAreOneSafeLineCutBetweenCharactersPeopleSee() {
        assertEquals("Your plan: a b c", Text.header("Your plan: a\r\nb\u2028c", 200));
        assertEquals("x y", Text.header("x\u202Ey", 200));
        String flags = "🏴󠁧󠁢󠁷󠁬󠁳󠁿".repeat(3);
        String cut = Text.shorten(flags, 10);
        assertEquals("🏴󠁧󠁢󠁷󠁬󠁳󠁿…", cut, "the Welsh flag is seven code points; it is kept whole or left out");
        assertEquals("👩🏽‍🦰…", Text.shorten("👩🏽‍🦰👩🏽‍🦰", 5));
        assertEquals("short", Text.shorten("short", 10));
    }
}
