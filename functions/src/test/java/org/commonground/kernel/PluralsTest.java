package org.commonground.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CLDR plural rules for English and Welsh whole numbers. */
class PluralsTest {
    @Test
    void englishHasOneAndOther() {
        assertEquals(Plurals.Category.ONE, Plurals.category("en", 1));
        for (long n : new long[] {0, 2, 3, 6, 11, 21, 101}) assertEquals(Plurals.Category.OTHER, Plurals.category("en", n));
        assertEquals("1 statement", Plurals.phrase("en", 1, Plurals.english("{n} statement", "{n} statements")));
        assertEquals("0 statements", Plurals.phrase("en", 0, Plurals.english("{n} statement", "{n} statements")));
    }

    @Test
    void welshHasSixForms() {
        assertEquals(Plurals.Category.ZERO, Plurals.category("cy", 0));
        assertEquals(Plurals.Category.ONE, Plurals.category("cy", 1));
        assertEquals(Plurals.Category.TWO, Plurals.category("cy", 2));
        assertEquals(Plurals.Category.FEW, Plurals.category("cy", 3));
        assertEquals(Plurals.Category.MANY, Plurals.category("cy", 6));
        for (long n : new long[] {4, 5, 7, 10, 13, 16, 100}) assertEquals(Plurals.Category.OTHER, Plurals.category("cy", n));
        var forms = Plurals.welsh("{n} datganiad", "{n} o ddatganiadau");
        assertEquals("1 datganiad", Plurals.phrase("cy", 1, forms));
        assertEquals("3 datganiad", Plurals.phrase("cy", 3, forms));
        assertEquals("5 o ddatganiadau", Plurals.phrase("cy", 5, forms));
        assertEquals("0 o ddatganiadau", Plurals.phrase("cy", 0, forms));
    }
}
