package org.commonground.voting;

public interface VoteStore {
    enum Outcome { DONE, CHANGED_MEANWHILE, OVER_BUDGET, TARGET_GONE, WRONG_PHASE }

    /** This person's dots on the target now; 0 if none. */
    int current(String workshopId, Vote.Round round, String participantId, String targetId);

    /** Dots this person has placed in the round. */
    int spent(String workshopId, Vote.Round round, String participantId);

    /**
     * Sets the dots if the person still has {@code previousDots} there and the round's budget
     * holds, adjusting the target's totals in the same transaction.
     */
    Outcome set(Vote vote, int previousDots, int budget, org.commonground.workshops.Phase phase);
}
