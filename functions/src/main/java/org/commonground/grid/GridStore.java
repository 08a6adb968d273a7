package org.commonground.grid;

import java.util.List;
import java.util.Optional;
import org.commonground.workshops.Phase;

/**
 * Placements, nudges, fixed positions and the shortlist. Each write bumps the workshop's
 * version in the same transaction and needs the idea to exist; a {@code requiredPhase} (null
 * for none) holds it to that stage.
 */
public interface GridStore {
    enum Outcome { DONE, IDEA_GONE, WRONG_PHASE, NO_WORKSHOP }

    /** Writes over this person's earlier placement of the idea, if any. */
    Outcome place(Placement placement, Phase requiredPhase);

    Outcome nudge(Nudge nudge, Phase requiredPhase);

    /** A null position takes the fixing off, so the group's position shows again. */
    Outcome fix(String workshopId, String ideaId, Position position, long expiresAt);

    Outcome chooseShortlist(String workshopId, List<String> ideaIds, long expiresAt);

    Optional<List<String>> chosenShortlist(String workshopId);
}
