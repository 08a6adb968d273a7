package org.commonground.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.themes.Idea;
import org.commonground.themes.Lens;
import org.junit.jupiter.api.Test;

class GridStateTest {
    private static Placement placed(String idea, String person, int effort, int difference) {
        return new Placement("w", idea, person, effort, difference, 0);
    }

    private static Nudge nudge(String idea, Direction direction, int n) {
        return new Nudge("n" + n, "w", idea, direction, null, Instant.EPOCH, 0);
    }

    private static Idea idea(String id, int dots) {
        return new Idea(id, "w", null, Lens.COMMUNITY, "idea " + id, null, dots, Map.of(), Instant.EPOCH, 0);
    }

    @Test
    void theGroupPositionIsTheMedianOnEachAxis() {
        var odd = GridState.groupPosition(List.of(placed("i", "a", 1, 9), placed("i", "b", 7, 2), placed("i", "c", 3, 4)), List.of());
        assertEquals(new Position(3, 4), odd.orElseThrow());
        var even = GridState.groupPosition(List.of(placed("i", "a", 1, 9), placed("i", "b", 4, 2)), List.of());
        assertEquals(new Position(2.5, 5.5), even.orElseThrow(), "an even count takes the mean of the two middle values");
        assertTrue(GridState.groupPosition(List.of(), List.of(nudge("i", Direction.UP, 1))).isEmpty(), "nothing to move until someone places it");
    }

    @Test
    void nudgesMoveOneStepEachNetOfEachOtherAndStayOnTheGrid() {
        List<Placement> placements = List.of(placed("i", "a", 5, 9));
        var moved = GridState.groupPosition(placements, List.of(nudge("i", Direction.LEFT, 1), nudge("i", Direction.LEFT, 2),
                nudge("i", Direction.RIGHT, 3), nudge("i", Direction.UP, 4), nudge("i", Direction.UP, 5)));
        assertEquals(new Position(4, 10), moved.orElseThrow(), "two ups from 9 stop at the top edge");
        var down = GridState.groupPosition(placements, List.of(nudge("i", Direction.DOWN, 1)));
        assertEquals(new Position(5, 8), down.orElseThrow());
    }

    @Test
    void aFixedPositionWinsOverPlacementsAndNudges() {
        GridState state = new GridState(null, List.of(placed("i", "a", 9, 1)), List.of(nudge("i", Direction.UP, 1)), Map.of("i", new Position(2, 8)));
        assertEquals(new Position(2, 8), state.position("i").orElseThrow());
    }

    @Test
    void theQuadrantsAreNamedAsTheMethodNamesThem() {
        assertEquals(Position.Quadrant.QUICK_WIN, new Position(2, 8).quadrant());
        assertEquals(Position.Quadrant.MAJOR_PROJECT, new Position(8, 8).quadrant());
        assertEquals(Position.Quadrant.SMALL_TWEAK, new Position(2, 2).quadrant());
        assertEquals(Position.Quadrant.RECONSIDER, new Position(8, 2).quadrant());
        assertEquals(Position.Quadrant.QUICK_WIN, new Position(5, 5).quadrant(), "the middle lines count to the quick-win side");
    }

    @Test
    void theShortlistIsTheTopIdeasByDotsUntilTheFacilitatorChoosesOne() {
        List<Idea> ideas = List.of(idea("a", 2), idea("b", 5), idea("c", 2), idea("d", 0));
        assertEquals(List.of("b", "a"), GridState.shortlist(null, ideas, 2), "ties go to the earlier idea");
        assertEquals(List.of("b", "a", "c"), GridState.shortlist(null, ideas, 10), "ideas nobody voted for are left off");
        GridState chosen = new GridState(List.of("d", "gone", "a"), List.of(), List.of(), Map.of());
        assertEquals(List.of("d", "a"), chosen.shortlist(ideas, 2), "the facilitator's order, without ideas that have gone");
    }
}
