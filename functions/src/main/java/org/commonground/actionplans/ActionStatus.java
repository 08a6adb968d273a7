package org.commonground.actionplans;

import java.util.Optional;
import org.commonground.kernel.WireNames;

/** How an action plan is going, as its lead or a facilitator last said. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE, STUCK;

    public String wire() { return WireNames.of(this); }

    public static Optional<ActionStatus> fromWire(String value) { return WireNames.parse(values(), value); }

    public static String allWire() { return WireNames.list(values()); }
}
