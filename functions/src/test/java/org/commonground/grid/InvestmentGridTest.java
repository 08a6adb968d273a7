package org.commonground.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.auth.Caller;
import org.commonground.board.Rooms;
import org.commonground.inmemory.InMemoryGrid;
import org.commonground.inmemory.InMemoryRoom;
import org.commonground.kernel.Problem;
import org.commonground.themes.Idea;
import org.commonground.themes.Lens;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshops;
import org.junit.jupiter.api.Test;

/** Placing shortlisted ideas on the grid, nudging and fixing them, on stores held in memory. */
class InvestmentGridTest {
    private static final Clock CLOCK = Clock.fixed(Rooms.T0, ZoneOffset.UTC);
    private final InMemoryRoom room = new InMemoryRoom(Rooms.at(Phase.GRID).snapshot().workshop());
    private final InMemoryGrid store = new InMemoryGrid(room);
    private final InvestmentGrid grid = new InvestmentGrid(store, room, new Workshops(room, CLOCK), CLOCK);
    private static final Caller.Participant ANN = new Caller.Participant(Rooms.WORKSHOP, "ann", "h", Instant.parse("2026-06-01T00:00:00Z"));
    private static final Caller.Participant BEN = new Caller.Participant(Rooms.WORKSHOP, "ben", "h", Instant.parse("2026-06-01T00:00:00Z"));
    private static final Caller FACILITATOR = new Caller.Facilitator("lead@council.example", "f");

    InvestmentGridTest() {
        // Six ideas with dots 6 down to 1, and one with none: the automatic shortlist is the top five with any dots.
        for (int i = 1; i <= 7; i++) {
            int dots = Math.max(0, 7 - i);
            room.with(new Idea("i" + i, Rooms.WORKSHOP, null, Lens.COMMUNITY, "Idea " + i, null, dots, Map.of(), Rooms.T0, 0));
        }
    }

    private String refused(Runnable action) {
        return assertThrows(Problem.class, action::run).code();
    }

    @Test
    void peoplePlaceShortlistedIdeasAndTheGroupPositionIsTheMedianMovedByNudges() {
        grid.place(ANN, Rooms.WORKSHOP, "i1", 2, 8);
        grid.place(BEN, Rooms.WORKSHOP, "i1", 4, 6);
        grid.place(ANN, Rooms.WORKSHOP, "i1", 6, 6);
        assertEquals(Optional.of(new Position(5, 6)), store.state().position("i1"), "Ann's second placement replaces her first");
        grid.nudge(BEN, Rooms.WORKSHOP, "i1", Direction.UP);
        grid.nudge(FACILITATOR, Rooms.WORKSHOP, "i1", Direction.LEFT);
        assertEquals(Optional.of(new Position(4, 7)), store.state().position("i1"));
        grid.fix(Rooms.WORKSHOP, "i1", new Position(9, 9));
        assertEquals(Optional.of(new Position(9, 9)), store.state().position("i1"));
        grid.fix(Rooms.WORKSHOP, "i1", null);
        assertEquals(Optional.of(new Position(4, 7)), store.state().position("i1"), "unfixed, the group's position shows again");
    }

    @Test
    void onlyShortlistedIdeasThatAreStillThereArePlacedAndOnlyWhileTheRoomIsOnTheGrid() {
        assertEquals("not_shortlisted", refused(() -> grid.place(ANN, Rooms.WORKSHOP, "i6", 1, 1)));
        assertEquals("idea_not_found", refused(() -> grid.place(ANN, Rooms.WORKSHOP, "nope", 1, 1)));
        room.at(Phase.ACTION_PLANNING);
        assertEquals("wrong_phase", refused(() -> grid.place(ANN, Rooms.WORKSHOP, "i1", 1, 1)));
        assertEquals("wrong_phase", refused(() -> grid.nudge(ANN, Rooms.WORKSHOP, "i1", Direction.UP)));
        grid.nudge(FACILITATOR, Rooms.WORKSHOP, "i1", Direction.UP);
        assertEquals(1, store.state().nudgesOf("i1").size(), "the facilitator may still move an idea");
    }

    @Test
    void theFacilitatorsOwnShortlistReplacesTheTopIdeasInTheirOrderNamingEachOnce() {
        assertEquals(List.of("i7", "i2"), grid.chooseShortlist(Rooms.WORKSHOP, List.of("i7", "i2", "i7")));
        grid.place(ANN, Rooms.WORKSHOP, "i7", 3, 3);
        assertEquals("not_shortlisted", refused(() -> grid.place(ANN, Rooms.WORKSHOP, "i1", 3, 3)));
        assertEquals("idea_not_found", refused(() -> grid.chooseShortlist(Rooms.WORKSHOP, List.of("i1", "nope"))));
        room.removeIdea("i7");
        assertEquals("idea_not_found", refused(() -> grid.place(ANN, Rooms.WORKSHOP, "i7", 3, 3)), "an idea erased since is caught by the write");
    }
}
