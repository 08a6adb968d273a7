package org.commonground.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonground.auth.Caller;
import org.commonground.board.Rooms;
import org.commonground.inmemory.InMemoryRoom;
import org.commonground.inmemory.InMemoryVotes;
import org.commonground.kernel.Problem;
import org.commonground.statements.Participant;
import org.commonground.themes.Idea;
import org.commonground.themes.Lens;
import org.commonground.themes.Theme;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshops;
import org.junit.jupiter.api.Test;

/** The voting rounds' rules (budget 5, cap 3 for themes and ideas alike), on stores held in memory. */
class VotingTest {
    private static final Clock CLOCK = Clock.fixed(Rooms.T0, ZoneOffset.UTC);
    private final InMemoryRoom room = new InMemoryRoom(Rooms.at(Phase.THEME_VOTING).snapshot().workshop());
    private final InMemoryVotes votes = new InMemoryVotes(room);
    private final Voting voting = new Voting(votes, room, room, room, new Workshops(room, CLOCK));

    VotingTest() {
        for (String id : List.of("ann", "ben")) {
            room.with(new Participant(id, Rooms.WORKSHOP, null, id.equals("ann") ? "carer" : "provider", "en", null, false, null, Rooms.T0, 0));
        }
        for (String id : List.of("t1", "t2", "t3")) {
            room.with(new Theme(id, Rooms.WORKSHOP, Prompt.NOT_WORKING, "Theme " + id, 0, 1, 0, Map.of(), Rooms.T0, 0));
        }
        room.with(new Idea("i1", Rooms.WORKSHOP, "t1", Lens.RADICAL, "Free taxis", "ann", 0, Map.of(), Rooms.T0, 0));
    }

    private static Caller.Participant person(String id) {
        return new Caller.Participant(Rooms.WORKSHOP, id, "h-" + id, Instant.parse("2026-06-01T00:00:00Z"));
    }

    private Problem refused(String who, String target, int dots) {
        return assertThrows(Problem.class, () -> voting.setDots(person(who), Rooms.WORKSHOP, target, dots));
    }

    @Test
    void dotsComeOutOfTheRoundsBudgetAndGoBackWhenTakenOff() {
        assertEquals(new Voting.Placed("t1", 3, 2), voting.setDots(person("ann"), Rooms.WORKSHOP, "t1", 3));
        assertEquals(new Voting.Placed("t2", 2, 0), voting.setDots(person("ann"), Rooms.WORKSHOP, "t2", 2));
        assertEquals("over_budget", refused("ann", "t3", 1).code());
        assertEquals(new Voting.Placed("t1", 1, 2), voting.setDots(person("ann"), Rooms.WORKSHOP, "t1", 1));
        assertEquals(new Voting.Placed("t3", 2, 0), voting.setDots(person("ann"), Rooms.WORKSHOP, "t3", 2));
        assertEquals(new Voting.Placed("t1", 3, 2), voting.setDots(person("ben"), Rooms.WORKSHOP, "t1", 3), "everyone has their own budget");
        assertEquals(4, votes.total("t1"));
        assertEquals(new Voting.Placed("t3", 2, 0), voting.setDots(person("ann"), Rooms.WORKSHOP, "t3", 2), "the same again changes nothing");
    }

    @Test
    void oneItemTakesAtMostTheCapAndOnlyWhileVotingIsOpenOnSomethingThatIsThere() {
        assertEquals("over_cap", refused("ann", "t1", 4).code());
        assertEquals("theme_not_found", refused("ann", "gone", 1).code());
        assertEquals(Problem.Kind.NOT_FOUND, refused("ann", "gone", 1).kind());
        room.at(Phase.ROOT_CAUSES);
        assertEquals("wrong_phase", refused("ann", "t1", 1).code());
        assertEquals(0, votes.total("t1"));
    }

    @Test
    void theIdeaRoundVotesOnIdeasWithItsOwnBudget() {
        voting.setDots(person("ann"), Rooms.WORKSHOP, "t1", 3);
        room.at(Phase.IDEA_VOTING);
        assertEquals("idea_not_found", refused("ann", "t2", 1).code(), "themes are not voted on in the idea round");
        assertEquals(new Voting.Placed("i1", 3, 2), voting.setDots(person("ann"), Rooms.WORKSHOP, "i1", 3));
    }

    @Test
    void aVoteThatMeetsAnotherChangeIsWorkedOutAgainFromWhatIsThereNow() {
        int[] interruptions = {2};
        VoteStore busy = new VoteStore() {
            @Override public int current(String w, Vote.Round r, String p, String t) { return votes.current(w, r, p, t); }
            @Override public int spent(String w, Vote.Round r, String p) { return votes.spent(w, r, p); }
            @Override public Outcome set(Vote vote, int previousDots, int budget, Phase phase) {
                if (interruptions[0]-- > 0) {
                    // Another window puts a dot on the same theme first.
                    votes.set(new Vote(vote.workshopId(), vote.round(), vote.participantId(), vote.perspective(), vote.targetId(),
                            previousDots + 1, vote.expiresAt()), previousDots, budget, phase);
                }
                return votes.set(vote, previousDots, budget, phase);
            }
        };
        Voting retrying = new Voting(busy, room, room, room, new Workshops(room, CLOCK));
        assertEquals(new Voting.Placed("t1", 3, 2), retrying.setDots(person("ann"), Rooms.WORKSHOP, "t1", 3));
        assertEquals(3, votes.total("t1"));
    }

    @Test
    void manyDotsAtOnceNeverSpendMoreThanTheBudget() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> tries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String target = List.of("t1", "t2", "t3").get(i % 3);
            int dots = 1 + i % 3;
            tries.add(pool.submit(() -> {
                try {
                    voting.setDots(person("ann"), Rooms.WORKSHOP, target, dots);
                } catch (Problem refused) {
                    assertTrue(List.of("over_budget", "busy").contains(refused.code()), refused.code());
                }
            }));
        }
        for (Future<?> t : tries) t.get();
        pool.shutdown();
        int spent = votes.spent(Rooms.WORKSHOP, Vote.Round.THEMES, "ann");
        assertTrue(spent <= 5, spent + " dots spent");
        assertEquals(spent, votes.total("t1") + votes.total("t2") + votes.total("t3"));
    }
}
