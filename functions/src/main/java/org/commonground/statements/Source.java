package org.commonground.statements;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.commonground.kernel.WireNames;

/** How a statement reached us: typed by the person, or written down for them. */
public enum Source {
    ONLINE, INTERVIEW, PAPER;

    @JsonValue
    public String wire() { return WireNames.of(this); }

    public static Optional<Source> fromWire(String value) { return WireNames.parse(values(), value); }
}
