package org.commonground.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a file answers which question, suggested from the header row: each header is
 * compared with each question's wording (in every language the workshop gives it) and with a few
 * short names people use for the questions ("what's working", "ddim yn gweithio", "future").
 * Words are compared without case or accents; the closest pairs are taken first, each question
 * and each column at most once, and a pair must share enough words to count.
 */
public final class ColumnSuggestions {
    private static final double ENOUGH = 0.34;

    private static final Map<String, List<String>> SHORT_NAMES = Map.of(
            "working", List.of("working", "what's working", "works well", "going well", "gweithio", "beth sy'n gweithio"),
            "not_working", List.of("not working", "isn't working", "what's not working", "ddim yn gweithio", "problems"),
            "future", List.of("future", "important for the future", "dyfodol", "pwysig", "what matters"));

    private ColumnSuggestions() {}

    /**
     * @param headers  the file's column names, in order
     * @param wordings each question's id (working, not_working, future) and its wording in each language
     * @return question id to header, for the questions a column was found for, in the questions' order
     */
    public static Map<String, String> suggest(List<String> headers, Map<String, List<String>> wordings) {
        record Pair(String prompt, int column, double score) {}
        List<Pair> pairs = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            Set<String> header = words(headers.get(c));
            if (header.isEmpty()) continue;
            for (Map.Entry<String, List<String>> prompt : wordings.entrySet()) {
                double best = 0;
                for (String wording : prompt.getValue()) best = Math.max(best, jaccard(header, words(wording)));
                for (String name : SHORT_NAMES.getOrDefault(prompt.getKey(), List.of())) {
                    Set<String> shortName = words(name);
                    // A short name wholly inside the header counts, but less than the full wording does.
                    if (header.containsAll(shortName)) best = Math.max(best, 0.35 + 0.1 * shortName.size());
                }
                // "not working" holds "working": the negation decides between the two.
                if (prompt.getKey().equals("working") && (header.contains("not") || header.contains("ddim") || header.contains("isnt"))) {
                    best -= 0.3;
                }
                if (best >= ENOUGH) pairs.add(new Pair(prompt.getKey(), c, best));
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        Map<String, String> byPrompt = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            if (byPrompt.containsKey(pair.prompt()) || used.contains(pair.column())) continue;
            byPrompt.put(pair.prompt(), headers.get(pair.column()));
            used.add(pair.column());
        }
        for (String prompt : wordings.keySet()) {
            if (byPrompt.containsKey(prompt)) chosen.put(prompt, byPrompt.get(prompt));
        }
        return chosen;
    }

    static Set<String> words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        Set<String> words = new HashSet<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) words.add(word);
        }
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (String w : a) if (b.contains(w)) shared++;
        return shared / (double) (a.size() + b.size() - shared);
    }
}
