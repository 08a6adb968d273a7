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
}
