package org.commonground.moderation;

/**
 * One contribution found by its id, whatever its kind: its sort key in the workshop, and
 * whether it is hidden or waiting for a facilitator.
 */
public record Contribution(Kind kind, String sortKey, boolean hidden, boolean held) {
    /** Every kind of contribution a facilitator may hide, with its wire name. */
    public enum Kind {
        STATEMENT("statement"), CAUSE("cause"), SUCCESS("success"), IN_PLACE("in_place"), IDEA("idea"),
        ACTION_PLAN("action_plan"), PROGRESS_UPDATE("progress_update");

        private final String wire;

        Kind(String wire) { this.wire = wire; }

        public String wire() { return wire; }
    }
}
