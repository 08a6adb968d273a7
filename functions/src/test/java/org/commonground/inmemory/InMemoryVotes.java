package org.commonground.inmemory;

import java.util.HashMap;
import java.util.Map;
import org.commonground.voting.Vote;
import org.commonground.voting.VoteStore;
import org.commonground.workshops.Phase;

/**
 * Votes held in memory with the table's conditions, checked and applied at once: the person
 * still has the dots the change started from, the round's budget holds, the target is there,
 * and the room is at the stage. Totals are kept per target, as the table keeps them on it.
 */
public final class InMemoryVotes implements VoteStore {
    private final InMemoryRoom room;
    private final Map<String, Integer> dots = new HashMap<>();
    private final Map<String, Integer> spent = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();

    public InMemoryVotes(InMemoryRoom room) { this.room = room; }

    private static String key(Vote.Round round, String participantId, String targetId) { return round + "/" + participantId + "/" + targetId; }

    @Override
    public synchronized int current(String workshopId, Vote.Round round, String participantId, String targetId) {
        return dots.getOrDefault(key(round, participantId, targetId), 0);
    }

    @Override
    public synchronized int spent(String workshopId, Vote.Round round, String participantId) {
        return spent.getOrDefault(round + "/" + participantId, 0);
    }

    /** Everyone's dots on a target. */
    public synchronized int total(String targetId) { return totals.getOrDefault(targetId, 0); }

    @Override
    public synchronized Outcome set(Vote vote, int previousDots, int budget, Phase phase) {
        String key = key(vote.round(), vote.participantId(), vote.targetId());
        String budgetKey = vote.round() + "/" + vote.participantId();
        int delta = vote.dots() - previousDots;
        if (dots.getOrDefault(key, 0) != previousDots) return Outcome.CHANGED_MEANWHILE;
        if (delta > 0 && spent.getOrDefault(budgetKey, 0) + delta > budget) return Outcome.OVER_BUDGET;
        if (!room.hasTarget(vote.targetId())) return Outcome.TARGET_GONE;
        if (room.workshop().phase() != phase) return Outcome.WRONG_PHASE;
        if (vote.dots() == 0) dots.remove(key);
        else dots.put(key, vote.dots());
        spent.merge(budgetKey, delta, Integer::sum);
        totals.merge(vote.targetId(), delta, Integer::sum);
        room.bump();
        return Outcome.DONE;
    }
}
