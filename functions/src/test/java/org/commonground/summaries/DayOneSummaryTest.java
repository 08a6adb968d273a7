package org.commonground.summaries;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.commonground.board.Rooms;
import org.commonground.kernel.Templates;
import org.commonground.voting.Vote;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.junit.jupiter.api.Test;

/** What the day 1 summary says, in both languages, from a workshop built by hand. */
class DayOneSummaryTest {
    @Test
    void theSummaryCountsVisibleWordsByPerspectiveAndListsTheThemesCausesAndSuccessInBothLanguages() {
        Rooms room = Rooms.at(Phase.IN_PLACE).person("ann", "Ann", "carer").person("ben", null, "provider");
        String theme = room.theme(Prompt.NOT_WORKING, "I want a proper break <now>", Map.of("carer", 3, "provider", 1));
        room.statement("ann", Prompt.NOT_WORKING, "I haven't had a day off in two years", false, theme);
        room.statement("ben", Prompt.NOT_WORKING, "Respite is booked up for months", false, theme);
        room.statement("ann", Prompt.WORKING, "The Tuesday group", false, null);
        room.statement("ben", Prompt.WORKING, "Hidden words", true, null);
        room.vote(Vote.Round.THEMES, "ann", "carer", theme, 3).vote(Vote.Round.THEMES, "ben", "provider", theme, 1);
        String cause = room.cause(theme, null, 1, "Too few respite places", "ann");
        room.cause(theme, cause, 2, "Funding was cut", "ben");
        room.success(theme, "carer", "I can book a break next week", "ann");

        Map<String, Object> model = DayOneSummary.model(room.snapshot());
        String text = Templates.text("day-1-summary", model);
        for (String expected : List.of("2 joined, 0 answered beforehand, 0 answers written down for people in the room; 3 statements.",
                "- I care for a family member or friend: 1 joined, 0 answered beforehand, 2 statements",
                "- I want a proper break <now>: 2 statements, 4 dots", "I care for a family member or friend: 3",
                "- Too few respite places", "  - Funding was cut", "- I can book a break next week",
                "Crynodeb diwrnod 1", "Rwy'n gofalu am aelod o'r teulu neu ffrind: 3", "Achosion sylfaenol", "Sut beth fyddai llwyddiant")) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
        }
        assertFalse(text.contains("Hidden words"));
        String html = Templates.html("day-1-summary", model);
        assertTrue(html.contains("I want a proper break &lt;now&gt;"), "titles are escaped in HTML");
        assertTrue(html.contains("lang=\"cy\""));
    }
}
