package org.commonground.clustering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Agglomerative clustering with Ward's criterion: at each step, join the two groups whose
 * union adds least to the spread within groups. Uses the nearest-neighbour chain, which needs
 * O(n²) time and memory: 1,500 statements take about half a second.
 */
public final class WardClustering {
    private WardClustering() {}

    /** The group of each point when cut into {@code groups} groups; labels are 0..groups-1. */
    public static int[] cluster(float[][] points, int groups) {
        return tree(squaredDistances(points)).cut(groups);
    }

    /** Squared Euclidean distance between every pair of points (n × n, symmetric, zero diagonal). */
    public static double[][] squaredDistances(float[][] points) {
        int n = points.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0;
                for (int x = 0; x < points[i].length; x++) {
                    double t = points[i][x] - points[j][x];
                    s += t * t;
                }
                d[i][j] = d[j][i] = s;
            }
        }
        return d;
    }

    /**
     * The whole merge tree from squared distances between points ({@code distances} is used up).
     * Cutting it at any number of groups is then cheap, so several numbers can be compared.
     */
    public static Tree tree(double[][] distances) {
        double[][] d = distances;
        int n = d.length;
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] alive = new boolean[n];
        Arrays.fill(alive, true);
        List<int[]> merges = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        Deque<Integer> chain = new ArrayDeque<>();
        for (int remaining = n; remaining > 1; ) {
            if (chain.isEmpty()) {
                for (int i = 0; i < n; i++) {
                    if (alive[i]) { chain.push(i); break; }
                }
            }
            int a = chain.pop();
            int previous = chain.isEmpty() ? -1 : chain.peek();
            chain.push(a);
            int b = -1;
            double best = Double.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if (!alive[j] || j == a) continue;
                if (d[a][j] < best || (d[a][j] == best && j == previous)) {
                    best = d[a][j];
                    b = j;
                }
            }
            if (b != previous) {
                chain.push(b);
                continue;
            }
            chain.pop();
            chain.pop();
            for (int j = 0; j < n; j++) {
                if (!alive[j] || j == a || j == b) continue;
                double na = size[a], nb = size[b], nj = size[j];
                d[a][j] = d[j][a] = ((na + nj) * d[a][j] + (nb + nj) * d[b][j] - nj * d[a][b]) / (na + nb + nj);
            }
            size[a] += size[b];
            alive[b] = false;
            merges.add(new int[] {a, b});
            heights.add(best);
            remaining--;
        }
        // The chain finds merges out of height order; the tree keeps them lowest first.
        Integer[] order = new Integer[merges.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(heights::get));
        int[][] sorted = new int[order.length][];
        for (int i = 0; i < order.length; i++) sorted[i] = merges.get(order[i]);
        return new Tree(n, sorted);
    }

    /** The merges of {@code n} points, lowest first. */
    public record Tree(int n, int[][] merges) {
        /** The group of each point when cut into {@code groups} groups; labels are 0..groups-1 in order of first point. */
        public int[] cut(int groups) {
            if (n == 0) return new int[0];
            int k = Math.max(1, Math.min(groups, n));
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
            for (int m = 0; m < n - k; m++) parent[root(parent, merges[m][0])] = root(parent, merges[m][1]);
            int[] labels = new int[n];
            int[] renumber = new int[n];
            Arrays.fill(renumber, -1);
            int next = 0;
            for (int i = 0; i < n; i++) {
                int r = root(parent, i);
                if (renumber[r] < 0) renumber[r] = next++;
                labels[i] = renumber[r];
            }
            return labels;
        }
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
