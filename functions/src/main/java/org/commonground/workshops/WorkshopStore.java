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

    /** The change counter, read with one consistent GetItem. */
    Optional<Long> version(String id);
}
