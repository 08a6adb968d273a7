package org.commonground.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonground.clustering.ThemeSuggestions;

/**
 * Grouping in a new JVM, as a new clustering function instance does it: its first call compiles
 * the grouping code on the way. In: the number of statements (args[0]). Out: one line with the
 * first and second call's seconds. The vectors are 384-dimensional unit vectors around 40
 * centres (seed 42), shaped like stored sentence embeddings; the texts do not matter here.
 * Run it with the JVM options the template sets:
 * {@code java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -cp … org.commonground.bench.FreshGrouping 1500}.
 */
public final class FreshGrouping {
    private FreshGrouping() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Random random = new Random(42);
        float[][] centres = new float[40][384];
        for (float[] centre : centres) for (int i = 0; i < 384; i++) centre[i] = (float) random.nextGaussian();
        float[][] vectors = new float[n][384];
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            float[] centre = centres[k % centres.length];
            double norm = 0;
            for (int i = 0; i < 384; i++) {
                vectors[k][i] = centre[i] + (float) (random.nextGaussian() * 1.2);
                norm += vectors[k][i] * vectors[k][i];
            }
            for (int i = 0; i < 384; i++) vectors[k][i] /= (float) Math.sqrt(norm);
            texts.add("statement " + k);
        }
        long start = System.nanoTime();
        int proposals = ThemeSuggestions.suggest(texts, vectors, ThemeSuggestions.Choices.PRODUCT).suggestions().size();
        long first = System.nanoTime() - start;
        start = System.nanoTime();
        ThemeSuggestions.suggest(texts, vectors, ThemeSuggestions.Choices.PRODUCT);
        long second = System.nanoTime() - start;
        System.out.printf("%d statements: first call %.2f s, second %.2f s, %d proposals%n", n, first / 1e9, second / 1e9, proposals);
    }
}
