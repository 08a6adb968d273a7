package org.commonground.workshops;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The stages of a workshop, in order. The facilitator may move to any of them. */
public enum Phase {
    SETUP, GATHERING, CLUSTERING, THEME_VOTING, ROOT_CAUSES, SUCCESS,
    IN_PLACE, IDEAS, IDEA_VOTING, GRID, ACTION_PLANNING, FOLLOW_UP, CLOSED;

    @JsonValue
    public String wire() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    static Phase parse(String value) {
        return fromWire(value).orElseThrow(() -> new IllegalArgumentException("Unknown phase: " + value));
    }

    public static Optional<Phase> fromWire(String value) {
        for (Phase p : values()) {
            if (p.wire().equals(value)) return Optional.of(p);
        }
        return Optional.empty();
    }

    public static String allWire() {
        StringBuilder names = new StringBuilder();
        for (Phase p : values()) {
            if (!names.isEmpty()) names.append(", ");
            names.append(p.wire());
        }
        return names.toString();
    }
}
