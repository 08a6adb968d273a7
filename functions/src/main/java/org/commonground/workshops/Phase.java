package org.commonground.workshops;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.commonground.kernel.WireNames;

/** The stages of a workshop, in order. The facilitator may move to any of them. */
public enum Phase {
    SETUP, GATHERING, CLUSTERING, THEME_VOTING, ROOT_CAUSES, SUCCESS,
    IN_PLACE, IDEAS, IDEA_VOTING, GRID, ACTION_PLANNING, FOLLOW_UP, CLOSED;

    @JsonValue
    public String wire() { return WireNames.of(this); }

    @JsonCreator
    static Phase parse(String value) {
        return fromWire(value).orElseThrow(() -> new IllegalArgumentException("Unknown phase: " + value));
    }

    public static Optional<Phase> fromWire(String value) { return WireNames.parse(values(), value); }

    public static String allWire() { return WireNames.list(values()); }

    /** The stage with this wire name, or a 400 {@code invalid_phase} naming the stages there are. */
    public static Phase named(String wanted) {
        return fromWire(wanted).orElseThrow(() -> org.commonground.kernel.Problem.invalid("invalid_phase",
                "'" + wanted + "' is not a phase. Choose one of: " + allWire() + "."));
    }
}
