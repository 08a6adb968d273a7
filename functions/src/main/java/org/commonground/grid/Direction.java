package org.commonground.grid;

import java.util.Optional;
import org.commonground.kernel.WireNames;

/** Which way a nudge moves an idea: up and down change the difference it makes, left and right the effort. */
public enum Direction {
    UP, DOWN, LEFT, RIGHT;

    public String wire() { return WireNames.of(this); }

    public static Optional<Direction> fromWire(String value) { return WireNames.parse(values(), value); }

    public static String allWire() { return WireNames.list(values()); }
}
