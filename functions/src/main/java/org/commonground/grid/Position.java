package org.commonground.grid;

/** Where an idea sits on the investment grid: effort across (0 to 10), difference made up (0 to 10). */
public record Position(double effort, double difference) {
    public static final int MIN = 0;
    public static final int MAX = 10;
    private static final double MIDDLE = 5;

    /** The grid's four corners as the method names them. An idea on a middle line counts to the quick-win side. */
    public enum Quadrant { QUICK_WIN, MAJOR_PROJECT, SMALL_TWEAK, RECONSIDER }

    public Quadrant quadrant() {
        boolean lowEffort = effort <= MIDDLE;
        boolean bigDifference = difference >= MIDDLE;
        if (bigDifference) return lowEffort ? Quadrant.QUICK_WIN : Quadrant.MAJOR_PROJECT;
        return lowEffort ? Quadrant.SMALL_TWEAK : Quadrant.RECONSIDER;
    }

    static double clamp(double value) {
        return Math.max(MIN, Math.min(MAX, value));
    }
}
