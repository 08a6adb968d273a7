package org.commonground.actionplans;

import java.util.List;
import java.util.Optional;
import org.commonground.auth.Token;
import org.commonground.workshops.Phase;

/** Action plans, their supporters and progress updates; every write bumps the workshop's version with it. */
public interface ActionStore {
    enum Outcome { DONE, GONE, WRONG_PHASE }

    /** The plan and the token of its lead's private link, together; the idea must still be there. */
    /** {@code writtenBy}: the participant who wrote it (erasing them erases its lead), or null for a facilitator. */
    Outcome create(ActionPlan plan, String writtenBy, Token leadLink, Phase requiredPhase);

    Optional<ActionPlan> find(String workshopId, String actionId);

    /** Hands the plan to a new lead: their link replaces every link the old lead was sent, which stop working. */
    Outcome replaceLead(ActionPlan plan, ActionPlan.Lead lead, String tokenHash, Token link);

    /**
     * Keeps a link token sent in an email (a lead's link, or someone's unsubscribe link), with a
     * note of it in the workshop ({@code owner} is the plan or the person) so that handing the plan
     * on, erasing the person or deleting the workshop takes it away too.
     */
    void saveLink(String workshopId, String owner, String participantId, String tokenHash, Token token);

    Optional<java.time.Instant> lastDigest(String workshopId);

    /** Records that the digest went out now; false if another run recorded one since {@code previous}. */
    boolean digestSent(String workshopId, java.time.Instant previous, java.time.Instant now, long expiresAt);

    Outcome support(Supporter supporter, Phase requiredPhase);

    Outcome leave(String workshopId, String actionId, String participantId, Phase requiredPhase);

    /** The update, and the plan's status set to the update's. */
    Outcome addUpdate(ProgressUpdate update);

    List<ProgressUpdate> updates(String workshopId, String actionId);
}
