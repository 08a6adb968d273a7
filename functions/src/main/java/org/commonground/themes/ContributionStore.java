package org.commonground.themes;

import java.util.List;
import java.util.Optional;
import org.commonground.statements.ResponseStore;
import org.commonground.workshops.Phase;

/**
 * What people add to the themes after grouping: root causes, what success would look like, what
 * is already in place and ideas. Each write bumps the workshop's version in the same transaction,
 * and a {@code requiredPhase} (null for none) holds it to that phase.
 */
public interface ContributionStore {
    ResponseStore.Outcome addCause(Cause cause, Phase requiredPhase);

    Optional<Cause> cause(String workshopId, String causeId);

    ResponseStore.Outcome addSuccess(SuccessStatement success, Phase requiredPhase);

    ResponseStore.Outcome addInPlace(InPlaceItem item, Phase requiredPhase);

    ResponseStore.Outcome addIdea(Idea idea, Phase requiredPhase);

    Optional<Idea> idea(String workshopId, String ideaId);

    List<Idea> ideas(String workshopId);
}
