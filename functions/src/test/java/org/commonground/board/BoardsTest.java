package org.commonground.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.actionplans.ActionStatus;
import org.commonground.auth.Caller;
import org.commonground.themes.Lens;
import org.commonground.voting.Vote;
import org.commonground.workshops.Phase;
import org.commonground.workshops.PhaseChange;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopStore;
import org.junit.jupiter.api.Test;

/** Who sees which statement, and what else each caller is shown, on boards built from snapshots made by hand. */
class BoardsTest {
    private static final Caller FACILITATOR = new Caller.Facilitator("lead@council.example", "f");
    private static final Caller ANN = participant("ann");
    private static final Caller BEN = participant("ben");
    private static final Caller SCREEN = new Caller.Screen(Rooms.WORKSHOP);

    private static Caller participant(String id) {
        return new Caller.Participant(Rooms.WORKSHOP, id, "h-" + id, Instant.parse("2026-06-01T00:00:00Z"));
    }

    /** Ann and Ben each say something; Ann also says something the facilitator then hid. */
    private static Rooms gathered(Phase phase, Map<String, String> ids) {
        Rooms room = Rooms.at(phase).person("ann", "Ann Jones", "carer").person("ben", null, "lived_experience");
        ids.put("ann", room.says("ann", Prompt.NOT_WORKING, "The bus never comes on time"));
        ids.put("annHidden", room.statement("ann", Prompt.WORKING, "Call Dave on 07700 900123", true, null));
        ids.put("ben", room.says("ben", Prompt.FUTURE, "A bench at every stop"));
        return room;
    }

    private static Board board(Caller caller, Snapshot snapshot) {
        Boards boards = new Boards(new Versions(snapshot.workshop().version()), new Fixed(snapshot, snapshot), java.time.Clock.systemUTC());
        return boards.read(caller, Rooms.WORKSHOP, null, "https://cg.example").orElseThrow();
    }

    private static List<String> ids(Board board) {
        return board.statements().stream().map(Board.StatementView::id).toList();
    }

    @Test
    void whileGatheringAParticipantSeesOnlyTheirOwnStatementsHiddenOnesMarked() {
        var ids = new java.util.HashMap<String, String>();
        Snapshot s = gathered(Phase.GATHERING, ids).snapshot();
        Board ann = board(ANN, s);
        assertEquals(List.of(ids.get("ann"), ids.get("annHidden")), ids(ann));
        assertTrue(ann.statements().stream().allMatch(v -> Boolean.TRUE.equals(v.mine())));
        assertEquals(Boolean.TRUE, ann.statements().get(1).hidden());
        assertNull(ann.statements().get(0).hidden());
        assertTrue(ann.statements().stream().allMatch(v -> v.perspective() == null), "nobody's perspective is shown with their words");
        assertEquals(List.of(ids.get("ben")), ids(board(BEN, s)));
        assertEquals(0, ann.counts().hidden(), "only facilitators are told how many are hidden");
        assertEquals(2, ann.counts().statements());
    }

    @Test
    void whileGatheringTheBigScreenShowsNoStatementsOnlyCounts() {
        Snapshot s = gathered(Phase.GATHERING, new java.util.HashMap<>()).snapshot();
        Board screen = board(SCREEN, s);
        assertEquals(List.of(), screen.statements());
        assertEquals(2, screen.counts().statements());
        assertEquals(Map.of("working", 0, "not_working", 1, "future", 1), screen.counts().byPrompt());
        assertNull(screen.me());
    }

    @Test
    void theFacilitatorSeesEveryStatementWithItsPerspectiveAndHowManyAreHidden() {
        var ids = new java.util.HashMap<String, String>();
        Snapshot s = gathered(Phase.GATHERING, ids).snapshot();
        Board f = board(FACILITATOR, s);
        assertEquals(List.of(ids.get("ann"), ids.get("annHidden"), ids.get("ben")), ids(f));
        assertEquals(List.of("carer", "carer", "lived_experience"), f.statements().stream().map(Board.StatementView::perspective).toList());
        assertEquals(List.of(false, true, false), f.statements().stream().map(Board.StatementView::hidden).toList());
        assertTrue(f.statements().stream().allMatch(v -> v.mine() == null && v.source() != null && v.createdAt() != null));
        assertEquals(1, f.counts().hidden());
    }

    @Test
    void fromClusteringOnEveryoneSeesTheVisibleStatementsWithoutWhoOrWhenAndNeverTheHiddenOne() {
        var ids = new java.util.HashMap<String, String>();
        Snapshot s = gathered(Phase.CLUSTERING, ids).snapshot();
        for (Caller caller : List.of(ANN, BEN, SCREEN)) {
            Board b = board(caller, s);
            assertEquals(List.of(ids.get("ann"), ids.get("ben")), ids(b), caller.toString());
            assertTrue(b.statements().stream().allMatch(v -> v.perspective() == null && v.source() == null
                    && v.createdAt() == null && v.updatedAt() == null && v.hidden() == null), caller.toString());
        }
        assertEquals(List.of(true, false), board(ANN, s).statements().stream().map(v -> Boolean.TRUE.equals(v.mine())).toList());
        assertEquals(List.of(false, true), board(BEN, s).statements().stream().map(v -> Boolean.TRUE.equals(v.mine())).toList());
        assertTrue(board(SCREEN, s).statements().stream().allMatch(v -> v.mine() == null));
    }

    @Test
    void aThemeListsOnlyItsVisibleStatementsInTheOrderTheyWerePutThere() {
        Rooms room = Rooms.at(Phase.THEME_VOTING).person("ann", "Ann", "carer").person("ben", "Ben", "carer");
        String theme = room.theme(Prompt.NOT_WORKING, "I can't rely on the bus", Map.of("carer", 3));
        String first = room.statement("ann", Prompt.NOT_WORKING, "Late again", false, theme);
        room.statement("ben", Prompt.NOT_WORKING, "Hidden words", true, theme);
        String third = room.statement("ben", Prompt.NOT_WORKING, "Too full", false, theme);
        room.vote(Vote.Round.THEMES, "ann", "carer", theme, 3);
        Snapshot s = room.snapshot();
        Board ann = board(ANN, s);
        Board.ThemeView view = ann.themes().getFirst();
        assertEquals(List.of(first, third), view.statementIds());
        assertEquals(3, view.dots());
        assertEquals(3, view.myDots());
        assertEquals(2, ann.me().dotsLeft(), "a budget of 5, 3 spent");
        assertEquals(0, board(BEN, s).themes().getFirst().myDots());
        assertNull(board(SCREEN, s).themes().getFirst().myDots());
        assertEquals(List.of(theme), ann.priorities());
    }

    @Test
    void aPlanShowsItsLeadsFirstNameToTheRoomAndTheWholeNameAndAddressOnlyToTheFacilitator() {
        Rooms room = Rooms.at(Phase.FOLLOW_UP).person("ann", "Ann", "carer");
        String idea = room.idea(null, Lens.COMMUNITY, "A bus buddy scheme", "ann", Map.of());
        String plan = room.plan(idea, "Bus buddies", "Mary Ellen Smith", "mary@example.org", ActionStatus.IN_PROGRESS);
        room.supports(plan, "ann").update(plan, "First buddies matched", ActionStatus.IN_PROGRESS, Rooms.T0);
        room.undelivered("Day 1 summary");
        Snapshot s = room.snapshot();

        Board.ActionView seen = board(ANN, s).actions().getFirst();
        assertEquals("Mary", seen.leadName());
        assertNull(seen.leadEmail());
        assertEquals(Boolean.TRUE, seen.supporting());
        assertEquals(1, seen.supporters());
        assertEquals(List.of("First buddies matched"), seen.updates().stream().map(Board.UpdateView::text).toList());
        assertNull(board(SCREEN, s).actions().getFirst().supporting());

        Board.ActionView full = board(FACILITATOR, s).actions().getFirst();
        assertEquals("Mary Ellen Smith", full.leadName());
        assertEquals("mary@example.org", full.leadEmail());

        assertNull(board(ANN, s).undeliveredEmails(), "emails that failed are the facilitators' business");
        assertEquals(1, board(FACILITATOR, s).undeliveredEmails().size());
        assertTrue(board(ANN, s).workshop().settings() instanceof Map<?, ?> shown && !shown.containsKey("facilitatorEmails"),
                "the room sees the voting rules, not who runs the workshop");
    }

    @Test
    void aCallerWhoHasTheLatestVersionIsToldNothingChangedAndALaggingReadIsNotUsed() {
        Snapshot current = gathered(Phase.GATHERING, new java.util.HashMap<>()).snapshot();
        Snapshot behind = Rooms.at(Phase.SETUP).snapshot();
        Workshop older = behind.workshop().withPhase(Phase.SETUP, current.workshop().version() - 1);
        Snapshot lagging = new Snapshot(older, List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of(), behind.grid(), List.of(), List.of(), List.of(), List.of(), null, List.of(), java.util.Set.of(), java.util.Set.of());
        Boards boards = new Boards(new Versions(current.workshop().version()), new Fixed(current, lagging), java.time.Clock.systemUTC());
        assertEquals(Optional.empty(), boards.read(ANN, Rooms.WORKSHOP, current.workshop().version(), "https://cg.example"));
        Board read = boards.read(ANN, Rooms.WORKSHOP, current.workshop().version() - 1, "https://cg.example").orElseThrow();
        assertEquals("gathering", read.phase(), "the eventually consistent read was behind, so the consistent one was used");
        assertEquals(2, read.statements().size());
    }

    /**
     * A workshop store that only knows one workshop's version: the one read {@code Boards} makes.
     * Every other call throws, so a board that starts reading or writing more fails this test loudly.
     */
    private record Versions(long version) implements WorkshopStore {
        @Override public Optional<Long> version(String id) { return id.equals(Rooms.WORKSHOP) ? Optional.of(version) : Optional.empty(); }
        @Override public boolean create(Workshop workshop) { throw new UnsupportedOperationException(); }
        @Override public Optional<Workshop> find(String id) { throw new UnsupportedOperationException(); }
        @Override public Optional<String> idForCode(String code) { throw new UnsupportedOperationException(); }
        @Override public List<Workshop> all() { throw new UnsupportedOperationException(); }
        @Override public boolean change(Workshop changed, long expectedVersion) { throw new UnsupportedOperationException(); }
        @Override public Optional<PhaseChange> movePhase(String id, Phase phase) { throw new UnsupportedOperationException(); }
        @Override public Optional<Long> setTimer(String id, java.time.Instant endsAt) { throw new UnsupportedOperationException(); }
        @Override public void delete(Workshop workshop) { throw new UnsupportedOperationException(); }
    }

    /** Snapshots as read consistently ({@code latest}) and eventually ({@code soon}). */
    private record Fixed(Snapshot latest, Snapshot soon) implements Snapshots {
        @Override public Optional<Snapshot> load(String workshopId) { return Optional.of(latest); }
        @Override public Optional<Snapshot> loadSoon(String workshopId) { return Optional.of(soon); }
    }
}
