package org.commonground.summaries;

import java.util.Map;
import org.commonground.kernel.Plurals;

/** The counted words of the day summaries, in English and Welsh, by each language's plural rules. */
final class CountWords {
    private CountWords() {}

    private static final Map<String, Map<Plurals.Category, String>> PEOPLE = Map.of(
            "en", Plurals.english("{n} person", "{n} people"), "cy", Plurals.welsh("{n} person", "{n} o bobl"));
    private static final Map<String, Map<Plurals.Category, String>> STATEMENTS = Map.of(
            "en", Plurals.english("{n} statement", "{n} statements"), "cy", Plurals.welsh("{n} datganiad", "{n} o ddatganiadau"));
    private static final Map<String, Map<Plurals.Category, String>> DOTS = Map.of(
            "en", Plurals.english("{n} dot", "{n} dots"), "cy", Plurals.welsh("{n} dot", "{n} o ddotiau"));
    private static final Map<String, Map<Plurals.Category, String>> TOOK_PART = Map.of(
            "en", Plurals.english("{n} person took part", "{n} people took part"),
            "cy", Plurals.welsh("{n} person wedi cymryd rhan", "{n} o bobl wedi cymryd rhan"));

    static String people(String language, long n) { return Plurals.phrase(language, n, PEOPLE.get(language)); }
    static String statements(String language, long n) { return Plurals.phrase(language, n, STATEMENTS.get(language)); }
    static String dots(String language, long n) { return Plurals.phrase(language, n, DOTS.get(language)); }
    static String tookPart(String language, long n) { return Plurals.phrase(language, n, TOOK_PART.get(language)); }
}
