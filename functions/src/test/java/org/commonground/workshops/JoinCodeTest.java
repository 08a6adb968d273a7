package org.commonground.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JoinCodeTest {
    @Test
    void codesUseOnlyCharactersThatCannotBeMisread() {
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.next();
            assertEquals(6, code.length());
            assertTrue(code.chars().allMatch(c -> JoinCode.ALPHABET.indexOf(c) >= 0), code);
        }
    }

    @Test
    void typedCodesAreForgiving() {
        assertEquals("CARERS", JoinCode.normalise(" carers "));
        assertEquals("BX7K2M", JoinCode.normalise("bx7-k2m"));
        assertNull(JoinCode.normalise("a/b"));
        assertNull(JoinCode.normalise("ab"));
    }
}
