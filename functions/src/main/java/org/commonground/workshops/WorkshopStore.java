package org.commonground.workshops;

import java.util.List;
import java.util.Optional;

public interface WorkshopStore {
    /** Saves a new workshop; false when its join code is already taken. */
    boolean create(Workshop workshop);

    Optional<Workshop> find(String id);

    Optional<String> idForCode(String code);

    /** The deployment's workshops, newest first. */
    List<Workshop> all();

    /** Moves the workshop and bumps its version; empty when there is no such workshop. */
    Optional<PhaseChange> movePhase(String id, Phase phase);

    /**
     * Deletes the workshop and everything about it: its records, suggestion vectors, join code,
     * the tokens of its participants and action leads, and its emails. The workshop itself goes
     * last, so a delete cut short can be run again.
     */
    void delete(Workshop workshop);

    /**
     * Sets the current stage's countdown to end at {@code endsAt} (null stops it) and bumps the
     * version; answers the new version, or empty when there is no such workshop.
     */
    Optional<Long> setTimer(String id, java.time.Instant endsAt);

    /**
     * Saves a changed setup (and its expiry, on the workshop and its join code) and bumps the
     * version, only if the version is still {@code expectedVersion}; false otherwise.
     */
    boolean change(Workshop changed, long expectedVersion);

    /** The change counter, read with one consistent GetItem. */
    Optional<Long> version(String id);
}
