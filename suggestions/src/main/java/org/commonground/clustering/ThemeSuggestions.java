package org.commonground.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Proposes groups of statements with a draft title each, for the room to accept, change or
 * reject. The draft title is the statement nearest the middle of its group, in the person's
 * own words: the room rewrites it as an "I" statement.
 */
public final class ThemeSuggestions {
    public static final int MAX_TITLE = 200;

    private ThemeSuggestions() {}

    /** One proposed theme: its draft title and the positions of its statements in the input. */
    public record Suggestion(String title, List<Integer> members) {}

    /** A number of themes a room can work with: about one for every eight statements, 2 to 12. */
    public static int themesFor(int statements) {
        return Math.max(Math.min(2, statements), Math.min(12, Math.round(statements / 8f)));
    }

    public static List<Suggestion> suggest(List<String> texts) {
        return suggest(texts, themesFor(texts.size()));
    }

    public static List<Suggestion> suggest(List<String> texts, int themes) {
        float[][] vectors = SentenceEmbeddings.embed(texts);
        return group(texts, vectors, WardClustering.cluster(vectors, themes));
    }

    public static List<Suggestion> group(List<String> texts, float[][] vectors, int[] labels) {
        int groups = 0;
        for (int label : labels) groups = Math.max(groups, label + 1);
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) members.add(new ArrayList<>());
        for (int i = 0; i < labels.length; i++) members.get(labels[i]).add(i);
        List<Suggestion> suggestions = new ArrayList<>();
        for (List<Integer> group : members) {
            if (group.isEmpty()) continue;
            suggestions.add(new Suggestion(title(texts.get(central(vectors, group))), List.copyOf(group)));
        }
        suggestions.sort(Comparator.comparingInt((Suggestion s) -> -s.members().size()));
        return suggestions;
    }

    /** The member nearest the group's mean. */
    private static int central(float[][] vectors, List<Integer> group) {
        float[] mean = new float[vectors[group.getFirst()].length];
        for (int i : group) for (int x = 0; x < mean.length; x++) mean[x] += vectors[i][x] / group.size();
        int best = group.getFirst();
        double bestDistance = Double.MAX_VALUE;
        for (int i : group) {
            double s = 0;
            for (int x = 0; x < mean.length; x++) {
                double t = vectors[i][x] - mean[x];
                s += t * t;
            }
            if (s < bestDistance) {
                bestDistance = s;
                best = i;
            }
        }
        return best;
    }

    private static String title(String statement) {
        String oneLine = statement.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_TITLE) return oneLine;
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_TITLE - 1)) + "…";
    }
}
