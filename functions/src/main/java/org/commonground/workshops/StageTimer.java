package org.commonground.workshops;

import java.time.Instant;

/**
 * A countdown the facilitator set for one stage: it ends at {@code endsAt} and belongs to
 * {@code phase}, so moving the workshop to another stage leaves it behind.
 */
public record StageTimer(Phase phase, Instant endsAt) {

    /** The timer to show while the workshop is in {@code current}: this one, or null when it was set for another stage. */
    public StageTimer in(Phase current) {
        return phase == current ? this : null;
    }
}
