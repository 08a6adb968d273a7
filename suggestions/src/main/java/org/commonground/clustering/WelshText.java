package org.commonground.clustering;

import java.util.Set;

/**
 * Tells statements written in Welsh. The embedding model was trained on English only: it
 * places Welsh statements by their spelling, not their meaning, so they are left unsorted
 * for the room rather than put in a group that is wrong for them.
 */
public final class WelshText {
    // Frequent Welsh words that are not English words (mutated forms included).
    private static final Set<String> WORDS = Set.of(
            "yn", "yr", "mae", "mae'r", "ac", "fy", "ein", "eich", "eu", "ddim", "dim", "wedi", "gyda", "efo", "gan", "heb",
            "dw", "dwi", "rwy", "rwy'n", "dw'n", "i'n", "i'r", "rydw", "rydyn", "roedd", "bod", "ni", "chi", "nhw", "fe", "fo",
            "ef", "mewn", "ond", "neu", "hefyd", "iawn", "mwy", "pan", "sy", "sydd", "oes", "does", "nid", "ydy", "yw", "cael",
            "gael", "gallu", "eisiau", "isio", "angen", "gofal", "gofalu", "gofalwr", "gofalwyr", "amser", "cymorth", "diwrnod",
            "teulu", "plant", "gwasanaeth", "gwasanaethau", "arian", "gwaith", "ffrindiau", "ffwrdd", "bob", "neb", "beth",
            "fydd", "byth", "erioed", "hyn", "hynny", "hwn", "hon", "yma", "yno", "ddoe", "heddiw", "yfory", "achos", "oherwydd",
            "i'w", "o'r", "a'r", "ar ôl", "dros", "drwy", "trwy", "wrth", "rhaid", "rhy", "da", "gwell", "gyd", "eto", "nawr", "rŵan");

    private WelshText() {}

    /** True when at least two words, and at least a quarter of all words, are Welsh ones. */
    public static boolean looks(String text) {
        int words = 0, welsh = 0;
        for (String word : text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("[^\\p{L}']+")) {
            if (word.isEmpty()) continue;
            words++;
            if (WORDS.contains(word) || word.indexOf('ŵ') >= 0 || word.indexOf('ŷ') >= 0) welsh++;
        }
        return welsh >= 2 && welsh * 4 >= words;
    }
}
