package org.commonground.responses;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How a statement reached us: typed by the person, or written down for them. */
public enum Source {
    ONLINE, INTERVIEW, PAPER;

    @JsonValue
    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Source> fromWire(String value) {
        for (Source s : values()) {
            if (s.wire().equals(value)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
