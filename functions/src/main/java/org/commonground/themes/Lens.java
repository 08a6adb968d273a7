package org.commonground.themes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.commonground.kernel.WireNames;

/**
 * The three ways of looking for ideas: traditional or service-based, community (people,
 * families, groups), and radical ("bonkers, but there may be a grain of brilliance").
 */
public enum Lens {
    TRADITIONAL, COMMUNITY, RADICAL;

    @JsonValue
    public String wire() { return WireNames.of(this); }

    public static Optional<Lens> fromWire(String value) { return WireNames.parse(values(), value); }
}
