package org.commonground.statements;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.commonground.kernel.WireNames;

/** How a statement reached us: typed by the person, written down for them, or imported from answers gathered beforehand. */
public enum Source {
    ONLINE, QUESTIONNAIRE, INTERVIEW, PAPER;

    @JsonValue
    public String wire() { return WireNames.of(this); }

    public static Optional<Source> fromWire(String value) { return WireNames.parse(values(), value); }
}
