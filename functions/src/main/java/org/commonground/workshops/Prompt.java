package org.commonground.workshops;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.commonground.kernel.WireNames;

/** The three questions of the method. */
public enum Prompt {
    WORKING, NOT_WORKING, FUTURE;

    @JsonValue
    public String wire() { return WireNames.of(this); }

    @JsonCreator
    static Prompt parse(String value) {
        return fromWire(value).orElseThrow(() -> new IllegalArgumentException("Unknown prompt: " + value));
    }

    public static Optional<Prompt> fromWire(String value) { return WireNames.parse(values(), value); }
}
