package org.commonground.kernel;

import java.util.Map;

/**
 * Counted words in English and Welsh by the CLDR plural rules for those two languages
 * (unicode.org/cldr, "Language Plural Rules"), for whole numbers: English has one (1) and
 * other; Welsh has zero (0), one (1), two (2), few (3), many (6) and other. Only these two
 * languages are written, so the rules are written out here rather than carried in ICU4J,
 * a library of several megabytes.
 */
public final class Plurals {
    private Plurals() {}

    public enum Category { ZERO, ONE, TWO, FEW, MANY, OTHER }

    /** The CLDR plural category of a whole number in "en" or "cy" (any other language counts as English). */
    public static Category category(String language, long n) {
        if ("cy".equals(language)) {
            return switch ((int) Math.min(n, 7)) {
                case 0 -> Category.ZERO;
                case 1 -> Category.ONE;
                case 2 -> Category.TWO;
                case 3 -> Category.FEW;
                case 6 -> Category.MANY;
                default -> Category.OTHER;
            };
        }
        return n == 1 ? Category.ONE : Category.OTHER;
    }

    /**
     * The phrase for {@code n}: the form for its category, or the OTHER form when that
     * category has none, with "{n}" replaced by the number.
     */
    public static String phrase(String language, long n, Map<Category, String> forms) {
        String form = forms.getOrDefault(category(language, n), forms.get(Category.OTHER));
        return form.replace("{n}", Long.toString(n));
    }

    /** Forms for English: one and other. */
    public static Map<Category, String> english(String one, String other) {
        return Map.of(Category.ONE, one, Category.OTHER, other);
    }

    /**
     * Forms for Welsh: the singular after the numbers 1, 2, 3 and 6 (as in "3 datganiad"), and
     * "o" with the plural after the others (as in "4 o ddatganiadau", "0 o ddatganiadau").
     */
    public static Map<Category, String> welsh(String singular, String ofPlural) {
        return Map.of(Category.ONE, singular, Category.TWO, singular, Category.FEW, singular, Category.MANY, singular,
                Category.OTHER, ofPlural);
    }
}
