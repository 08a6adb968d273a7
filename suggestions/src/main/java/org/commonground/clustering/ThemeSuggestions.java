package org.commonground.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Proposes groups of statements, for the room to accept, change or reject. Statements are
 * placed by a sentence model and by the rare words they share, grouped by Ward clustering,
 * and the number of groups is the one whose groups stand furthest apart (silhouette).
 * Statements that fit no group well, and statements in Welsh, stay unsorted: a wrong group
 * costs the room more than a statement left for them to place.
 */
public final class ThemeSuggestions {
    private ThemeSuggestions() {}

    /**
     * How to group: {@code wordWeight} 0..1 is the share of the distance taken from shared words
     * (the rest from the sentence model); {@code minFit} the silhouette (-1..1) a statement needs
     * to stay in its group; {@code minSize} the fewest statements a proposal may have;
     * {@code minShare} and {@code maxShare} the fewest and most groups as a share of the statements
     * (0.25: one per four at most); {@code maxGroups} the most groups at all, a number a room can work through;
     * {@code refine} the rounds of moving each statement to the group whose centre is nearest after Ward's cut (0: none;
     * the product does not refine: it helped on the 1,500 NHS statements only, left the other sets as they were, and costs time).
     */
    public record Choices(double wordWeight, double minFit, int minSize, double minShare, double maxShare, int maxGroups, int refine) {
        /** The choices measured best on the labelled sets (docs/BENCHMARKS.md). */
        public static final Choices PRODUCT = new Choices(0, -0.1, 2, 0.1, 0.25, 40, 0);

        /** Ward's cut as it stands, no rounds of refining. */
        public Choices(double wordWeight, double minFit, int minSize, double minShare, double maxShare, int maxGroups) {
            this(wordWeight, minFit, minSize, minShare, maxShare, maxGroups, 0);
        }
    }

    /**
     * One proposed theme: a draft title, the middle statement (the one nearest the group's centre,
     * in full) and the positions of its statements in the input, middle first.
     */
    public record Suggestion(String title, int middle, List<Integer> members, double clarity) {}

    /**
     * The proposals, biggest and clearest first (by statements × clarity), the positions left
     * unsorted because they fit no group, and those left because they are in Welsh.
     */
    public record Result(List<Suggestion> suggestions, List<Integer> unsorted, List<Integer> welsh) {}

    /** Each statement's group (0..k-1) or -1 for unsorted, and the group count chosen. */
    public record Grouping(int[] labels, int groups, List<Integer> welsh) {}

    public static Result suggest(List<String> texts) {
        return suggest(texts, SentenceEmbeddings.embed(texts), Choices.PRODUCT);
    }

    public static Result suggest(List<String> texts, float[][] vectors, Choices choices) {
        Grouping grouping = group(texts, vectors, choices, 0);
        return propose(texts, vectors, grouping);
    }

    /**
     * Groups statements given their unit vectors: into {@code told} groups when above 0, else
     * into the number chosen from the data.
     */
    public static Grouping group(List<String> texts, float[][] vectors, Choices choices, int told) {
        int[] labels = new int[texts.size()];
        Arrays.fill(labels, -1);
        List<Integer> welsh = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (WelshText.looks(texts.get(i))) welsh.add(i);
            else kept.add(i);
        }
        int n = kept.size();
        if (n < 2 * choices.minSize()) return new Grouping(labels, 0, welsh);
        List<String> keptTexts = kept.stream().map(texts::get).toList();
        SharedWords words = new SharedWords(keptTexts);
        double[][] d = new double[n][n];
        float[][] distance = new float[n][n];
        double w = choices.wordWeight();
        for (int a = 0; a < n; a++) {
            float[] x = vectors[kept.get(a)];
            for (int b = a + 1; b < n; b++) {
                float[] y = vectors[kept.get(b)];
                double s = 0;
                for (int i = 0; i < x.length; i++) s += x[i] * y[i];
                double squared = (1 - w) * (2 - 2 * s) + (w == 0 ? 0 : w * (2 - 2 * words.similarity(a, b)));
                d[a][b] = d[b][a] = Math.max(0, squared);
                distance[a][b] = distance[b][a] = (float) Math.sqrt(Math.max(0, squared));
            }
        }
        WardClustering.Tree tree = WardClustering.tree(d);
        int k;
        int[] cut;
        if (told > 0) {
            k = Math.min(told, n);
            cut = tree.cut(k);
        } else {
            int most = Math.max(2, Math.min(choices.maxGroups(), (int) Math.floor(n * choices.maxShare())));
            int fewest = Math.max(2, Math.min(most, (int) Math.ceil(n * choices.minShare())));
            k = fewest;
            cut = tree.cut(k);
            double best = mean(silhouettes(distance, cut, k));
            for (int g = fewest + 1; g <= most; g++) {
                int[] c = tree.cut(g);
                double s = mean(silhouettes(distance, c, g));
                if (s > best) { best = s; k = g; cut = c; }
            }
        }
        if (choices.refine() > 0) cut = refine(kept.stream().map(i -> vectors[i]).toArray(float[][]::new), cut, k, choices.refine());
        double[] fit = silhouettes(distance, cut, k);
        int[] size = new int[k];
        for (int a = 0; a < n; a++) if (fit[a] >= choices.minFit()) size[cut[a]]++;
        int[] renumber = new int[k];
        int groups = 0;
        for (int g = 0; g < k; g++) renumber[g] = size[g] >= choices.minSize() ? groups++ : -1;
        for (int a = 0; a < n; a++) labels[kept.get(a)] = fit[a] >= choices.minFit() ? renumber[cut[a]] : -1;
        return new Grouping(labels, groups, welsh);
    }

    /** Proposals with titles from a grouping, biggest and clearest first. */
    public static Result propose(List<String> texts, float[][] vectors, Grouping grouping) {
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < grouping.groups(); g++) members.add(new ArrayList<>());
        List<Integer> unsorted = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (grouping.labels()[i] >= 0) members.get(grouping.labels()[i]).add(i);
            else if (!grouping.welsh().contains(i)) unsorted.add(i);
        }
        List<Integer> grouped = members.stream().flatMap(List::stream).sorted().toList();
        SharedWords words = new SharedWords(grouped.stream().map(texts::get).toList());
        List<Suggestion> suggestions = new ArrayList<>();
        for (List<Integer> group : members) {
            if (group.isEmpty()) continue;
            float[] mean = new float[vectors[group.getFirst()].length];
            for (int i : group) for (int x = 0; x < mean.length; x++) mean[x] += vectors[i][x] / group.size();
            double norm = 0;
            for (float f : mean) norm += f * f;
            double[] closeness = new double[texts.size()];
            for (int i : group) {
                double s = 0;
                for (int x = 0; x < mean.length; x++) s += vectors[i][x] * mean[x];
                closeness[i] = s / Math.sqrt(norm);
            }
            List<Integer> ordered = new ArrayList<>(group);
            ordered.sort(Comparator.comparingDouble((Integer i) -> -closeness[i]));
            double clarity = group.stream().mapToDouble(i -> closeness[i]).average().orElse(0);
            List<String> shared = words.sharedBy(ordered.stream().map(grouped::indexOf).toList(), 4);
            suggestions.add(new Suggestion(DraftTitle.of(shared, texts.get(ordered.getFirst())), ordered.getFirst(),
                    List.copyOf(ordered), clarity));
        }
        suggestions.sort(Comparator.comparingDouble((Suggestion s) -> -s.members().size() * s.clarity()));
        return new Result(suggestions, unsorted, grouping.welsh());
    }

    /**
     * Moves each point to the group whose centre (mean vector) is nearest, for at most {@code rounds}
     * rounds or until nothing moves: Ward's joins are greedy, so an early join can leave a point in a
     * group that suits it less than another. Labels stay 0..k-1; a group may end up empty.
     */
    static int[] refine(float[][] points, int[] labels, int k, int rounds) {
        int n = points.length;
        int dim = points[0].length;
        int[] current = labels.clone();
        for (int r = 0; r < rounds; r++) {
            double[][] centre = new double[k][dim];
            int[] size = new int[k];
            for (int a = 0; a < n; a++) {
                size[current[a]]++;
                for (int x = 0; x < dim; x++) centre[current[a]][x] += points[a][x];
            }
            double[] square = new double[k];
            for (int g = 0; g < k; g++) {
                if (size[g] == 0) continue;
                for (int x = 0; x < dim; x++) {
                    centre[g][x] /= size[g];
                    square[g] += centre[g][x] * centre[g][x];
                }
            }
            boolean moved = false;
            for (int a = 0; a < n; a++) {
                int best = current[a];
                double nearest = Double.MAX_VALUE;
                for (int g = 0; g < k; g++) {
                    if (size[g] == 0) continue;
                    double dot = 0;
                    for (int x = 0; x < dim; x++) dot += points[a][x] * centre[g][x];
                    double d = square[g] - 2 * dot;
                    if (d < nearest) { nearest = d; best = g; }
                }
                if (best != current[a]) { current[a] = best; moved = true; }
            }
            if (!moved) break;
        }
        return current;
    }

    /**
     * How well each point sits in its group, -1..1: (b - a) / max(a, b), where a is its mean
     * distance to the rest of its group and b to the nearest other group; 0 alone in a group.
     */
    static double[] silhouettes(float[][] distance, int[] labels, int k) {
        int n = labels.length;
        int[] size = new int[k];
        for (int l : labels) size[l]++;
        double[] fit = new double[n];
        double[] sum = new double[k];
        for (int a = 0; a < n; a++) {
            Arrays.fill(sum, 0);
            float[] row = distance[a];
            for (int b = 0; b < n; b++) sum[labels[b]] += row[b];
            int own = labels[a];
            if (size[own] < 2) continue;
            double inside = sum[own] / (size[own] - 1);
            double nearest = Double.MAX_VALUE;
            for (int g = 0; g < k; g++) if (g != own && size[g] > 0) nearest = Math.min(nearest, sum[g] / size[g]);
            fit[a] = (nearest - inside) / Math.max(inside, nearest);
        }
        return fit;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
