package org.commonground.keepingintouch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.actionplans.ActionStatus;
import org.commonground.board.Rooms;
import org.commonground.themes.Lens;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.junit.jupiter.api.Test;

/** "You said, we did", from a workshop built by hand. */
class OutcomesTest {
    @Test
    void theOutcomesCountVisibleStatementsNameOnlyFirstNamesAndShowTheNewestProgressFirst() {
        Rooms room = Rooms.at(Phase.FOLLOW_UP).person("ann", "Ann Jones", "carer").person("ben", null, "carer");
        String buses = room.theme(Prompt.NOT_WORKING, "I can't get about", Map.of("carer", 4));
        String group = room.theme(Prompt.WORKING, "The Tuesday group", Map.of());
        room.statement("ann", Prompt.NOT_WORKING, "Late buses", false, buses);
        room.statement("ben", Prompt.NOT_WORKING, "Full buses", false, buses);
        room.statement("ben", Prompt.NOT_WORKING, "Hidden", true, buses);
        room.statement("ann", Prompt.WORKING, "Tuesdays", false, group);
        String idea = room.idea(buses, Lens.RADICAL, "Free taxis", "ann", Map.of());
        String plan = room.plan(idea, "Taxi pilot", "Mary Ellen Smith", "mary@example.org", ActionStatus.IN_PROGRESS);
        room.update(plan, "Pilot agreed", ActionStatus.IN_PROGRESS, Instant.parse("2026-04-01T09:00:00Z"))
                .update(plan, "First rides", ActionStatus.IN_PROGRESS, Instant.parse("2026-05-01T09:00:00Z"));

        Outcomes outcomes = Outcomes.of(room.snapshot());
        assertEquals(List.of(new Outcomes.ThemeLine("working", "The Tuesday group", 1, 0),
                new Outcomes.ThemeLine("not_working", "I can't get about", 2, 4)), outcomes.themes());
        assertEquals(List.of(new Outcomes.ThemeLine("not_working", "I can't get about", 2, 4)), outcomes.priorities());
        Outcomes.Plan shown = outcomes.plans().getFirst();
        assertEquals("Mary", shown.lead());
        assertEquals("Mary", shown.steps().getFirst().owner(), "step owners by first name too");
        assertEquals("Free taxis", shown.idea());
        assertEquals(List.of("First rides", "Pilot agreed"), shown.updates().stream().map(Outcomes.Update::text).toList());
        assertEquals("follow_up", outcomes.phase());
    }
}
