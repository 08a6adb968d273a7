package org.commonground.clustering;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words statements share, weighted by how rare they are among the statements
 * being grouped (TF-IDF): people's own grouping often follows one key word ("respite", "GP",
 * "money") that a sentence model weighs no more than the rest. English words only: common
 * words ("the", "really", "get") carry nothing and are left out, and plurals count as their
 * singular ("carers" as "carer").
 */
public final class SharedWords {
    private static final Set<String> COMMON = Set.of(
            "a", "about", "after", "again", "all", "also", "always", "am", "an", "and", "any", "are", "around", "as", "at",
            "back", "be", "because", "been", "before", "being", "but", "by", "can", "can't", "cannot", "could", "couldn't",
            "did", "didn't", "do", "does", "doesn't", "doing", "don't", "done", "down", "each", "even", "ever", "every", "few",
            "for", "from", "get", "gets", "getting", "go", "goes", "going", "got", "had", "has", "have", "haven't", "having", "he",
            "he's", "her", "here", "him", "his", "how", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it",
            "it's", "its", "just", "know", "like", "lot", "made", "make", "many", "may", "me", "more", "most", "much", "must", "my",
            "myself", "need", "never", "no", "nor", "not", "nothing", "now", "of", "off", "on", "once", "one", "only", "or",
            "other", "our", "out", "over", "own", "quite", "really", "same", "she", "she's", "should", "so", "some", "something",
            "still", "such", "than", "that", "that's", "the", "their", "them", "then", "there", "there's", "these", "they",
            "they're", "thing", "things", "this", "those", "though", "through", "to", "too", "up", "us", "very", "want", "was",
            "wasn't", "way", "we", "we're", "well", "were", "what", "when", "where", "which", "while", "who", "why", "will",
            "with", "won't", "would", "wouldn't", "yes", "yet", "you", "you're", "your");

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<Map<Integer, Double>> weights = new ArrayList<>();
    private final Map<Integer, Map<String, Integer>> spellings = new HashMap<>();

    /** Weighs the words of {@code texts} against each other; each statement's weights have unit length (or none). */
    public SharedWords(List<String> texts) {
        List<List<Integer>> words = new ArrayList<>();
        Map<Integer, Integer> statementsWith = new HashMap<>();
        for (String text : texts) {
            List<Integer> these = new ArrayList<>();
            for (String word : words(text)) {
                String key = stem(word);
                int id = ids.computeIfAbsent(key, k -> ids.size());
                spellings.computeIfAbsent(id, k -> new HashMap<>()).merge(word, 1, Integer::sum);
                these.add(id);
            }
            these.stream().distinct().forEach(id -> statementsWith.merge(id, 1, Integer::sum));
            words.add(these);
        }
        int n = texts.size();
        for (List<Integer> these : words) {
            Map<Integer, Double> w = new HashMap<>();
            for (int id : these) {
                int df = statementsWith.get(id);
                // A word only one statement uses cannot join it to another; one most use joins them all.
                if (df < 2 || df > n / 2) continue;
                w.merge(id, Math.log((double) n / df), Double::sum);
            }
            double norm = Math.sqrt(w.values().stream().mapToDouble(x -> x * x).sum());
            if (norm > 0) w.replaceAll((k, v) -> v / norm);
            weights.add(w);
        }
    }

    /** Cosine similarity of two statements' words, 0 to 1. */
    public double similarity(int a, int b) {
        Map<Integer, Double> x = weights.get(a), y = weights.get(b);
        if (x.size() > y.size()) { var t = x; x = y; y = t; }
        double s = 0;
        for (var e : x.entrySet()) {
            Double other = y.get(e.getKey());
            if (other != null) s += e.getValue() * other;
        }
        return s;
    }

    /** Whether the statement has any word it shares with another. */
    public boolean hasWords(int statement) { return !weights.get(statement).isEmpty(); }

    /**
     * The words most of {@code members} share, strongest first, each as people spelt it most
     * often; at most {@code limit}, and only words at least two members use.
     */
    public List<String> sharedBy(List<Integer> members, int limit) {
        Map<Integer, Double> total = new HashMap<>();
        Map<Integer, Integer> count = new HashMap<>();
        for (int m : members) {
            for (var e : weights.get(m).entrySet()) {
                total.merge(e.getKey(), e.getValue(), Double::sum);
                count.merge(e.getKey(), 1, Integer::sum);
            }
        }
        return total.entrySet().stream()
                .filter(e -> count.get(e.getKey()) >= 2)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(limit)
                .map(e -> spelling(e.getKey()))
                .toList();
    }

    /** The spelling people used most for a word; the alphabetically first among equals. */
    private String spelling(int id) {
        String best = null;
        int most = 0;
        for (var e : spellings.get(id).entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The words of a text in lower case, common words left out. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getWordInstance(Locale.ROOT);
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        it.setText(lower);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String word = lower.substring(start, end);
            if (!Character.isLetter(word.codePointAt(0)) || word.length() < 2 || COMMON.contains(word)) continue;
            out.add(word);
        }
        return out;
    }

    /** "carers" and "carer" as one word; "ss" and "us" endings kept. */
    static String stem(String word) {
        if (word.endsWith("'s")) word = word.substring(0, word.length() - 2);
        if (word.length() > 4 && word.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
