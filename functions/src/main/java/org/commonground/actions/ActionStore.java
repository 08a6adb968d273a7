package org.commonground.actions;

import java.util.List;
import java.util.Optional;
import org.commonground.auth.Token;
import org.commonground.workshops.Phase;

/** Action plans, their supporters and progress updates; every write bumps the workshop's version with it. */
public interface ActionStore {
    enum Outcome { DONE, GONE, WRONG_PHASE }

    /** The plan and the token of its lead's private link, together; the idea must still be there. */
    Outcome create(ActionPlan plan, Token leadLink, Phase requiredPhase);

    Optional<ActionPlan> find(String workshopId, String actionId);

    /** Hands the plan to a new lead: their link replaces the old lead's, which stops working. */
    Outcome replaceLead(ActionPlan plan, ActionPlan.Lead lead, String tokenHash, Token link);

    Outcome support(Supporter supporter, Phase requiredPhase);

    Outcome leave(String workshopId, String actionId, String participantId, Phase requiredPhase);

    /** The update, and the plan's status set to the update's. */
    Outcome addUpdate(ProgressUpdate update);

    List<ProgressUpdate> updates(String workshopId, String actionId);
}
