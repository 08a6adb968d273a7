package org.commonground.moderation;

import java.util.Optional;

/** Finds any contribution by id and sets whether it is hidden; each change bumps the workshop's version with it. */
public interface ModerationStore {
    Optional<Contribution> find(String workshopId, String itemId);

    /** Hides the contribution, or shows it; either way it no longer waits. False when it has gone. */
    boolean setHidden(String workshopId, Contribution contribution, boolean hidden);
}
