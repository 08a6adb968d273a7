package org.commonground.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WardClusteringTest {
    @Test
    void findsWellSeparatedGroups() {
        Random random = new Random(7);
        float[][] centres = {{0, 0, 10}, {10, 0, 0}, {0, 10, 0}};
        float[][] points = new float[90][];
        for (int i = 0; i < points.length; i++) {
            float[] c = centres[i % 3];
            points[i] = new float[] {c[0] + (float) random.nextGaussian(), c[1] + (float) random.nextGaussian(), c[2] + (float) random.nextGaussian()};
        }
        int[] labels = WardClustering.cluster(points, 3);
        for (int i = 3; i < points.length; i++) assertEquals(labels[i % 3], labels[i], "point " + i);
        assertNotEquals(labels[0], labels[1]);
        assertNotEquals(labels[1], labels[2]);
        assertNotEquals(labels[0], labels[2]);
    }

    @Test
    void copesWithTinyInputs() {
        assertEquals(0, WardClustering.cluster(new float[0][], 3).length);
        assertEquals(1, WardClustering.cluster(new float[][] {{1, 2}}, 3).length);
        int[] two = WardClustering.cluster(new float[][] {{0, 0}, {5, 5}}, 5);
        assertNotEquals(two[0], two[1]);
    }
}
