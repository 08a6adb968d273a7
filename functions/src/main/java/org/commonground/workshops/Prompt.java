package org.commonground.workshops;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The three questions of the method. */
public enum Prompt {
    WORKING, NOT_WORKING, FUTURE;

    @JsonValue
    public String wire() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator
    static Prompt parse(String value) {
        return fromWire(value).orElseThrow(() -> new IllegalArgumentException("Unknown prompt: " + value));
    }

    public static Optional<Prompt> fromWire(String value) {
        for (Prompt p : values()) {
            if (p.wire().equals(value)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
