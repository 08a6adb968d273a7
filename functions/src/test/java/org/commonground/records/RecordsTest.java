package org.commonground.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.actionplans.ActionStatus;
import org.commonground.board.Rooms;
import org.commonground.board.Snapshot;
import org.commonground.themes.Lens;
import org.commonground.voting.Vote;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.junit.jupiter.api.Test;

/** The CSV of every record and the printable report, from a workshop built by hand. */
class RecordsTest {
    private static final String AWKWARD = "Buses, \"never\" on time\nand <b>full</b>";

    private static Snapshot room() {
        Rooms room = Rooms.at(Phase.FOLLOW_UP).personWithEmail("ann", "Ann Jones", "carer", "ann@example.org", true)
                .person("ben", null, "lived_experience");
        String theme = room.theme(Prompt.NOT_WORKING, "I can't get about", Map.of("carer", 2));
        room.statement("ann", Prompt.NOT_WORKING, AWKWARD, false, theme);
        room.statement("ben", Prompt.NOT_WORKING, "Words the facilitator hid", true, theme);
        room.vote(Vote.Round.THEMES, "ann", "carer", theme, 2);
        String idea = room.idea(theme, Lens.COMMUNITY, "A bus buddy scheme", "ben", Map.of("lived_experience", 1));
        String plan = room.plan(idea, "Bus buddies", "Mary Ellen Smith", "mary@example.org", ActionStatus.IN_PROGRESS);
        room.supports(plan, "ann").update(plan, "First buddies matched", ActionStatus.IN_PROGRESS, Rooms.T0);
        return room.snapshot();
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        assertEquals('\uFEFF', csv.charAt(0), "a UTF-8 byte-order mark first, for Excel on Windows");
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.substring(1)))) {
            assertEquals(List.of(WorkshopCsv.COLUMNS), parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    private static List<CSVRecord> of(List<CSVRecord> rows, String record) {
        return rows.stream().filter(r -> r.get("record").equals(record)).toList();
    }

    @Test
    void theCsvHoldsEveryRecordWithPeoplesWordsVerbatimAndSaysWhichAreHidden() throws IOException {
        List<CSVRecord> rows = rows(WorkshopCsv.of(room()));
        assertEquals(1, of(rows, "workshop").size());
        assertEquals(2, of(rows, "participant").size());
        List<CSVRecord> statements = of(rows, "statement");
        assertEquals(AWKWARD, statements.get(0).get("text"), "commas, quotes, new lines and markup come back as written");
        assertEquals("carer", statements.get(0).get("perspective"));
        assertEquals("", statements.get(0).get("value_2"));
        assertEquals("hidden", statements.get(1).get("value_2"));
        CSVRecord ann = of(rows, "participant").get(0);
        assertEquals("ann@example.org", ann.get("person"));
        assertEquals("agreed to updates", ann.get("value"));
        assertEquals("2", of(rows, "vote").getFirst().get("value"));
        assertEquals("shortlisted", of(rows, "idea").getFirst().get("value_2"), "the one idea with dots is on the grid");
        CSVRecord plan = of(rows, "action plan").getFirst();
        assertEquals("Mary Ellen Smith", plan.get("person"));
        assertEquals("Involve: Carers' group; how we will know: Fewer missed buses", plan.get("value_2"));
        assertEquals(plan.get("id") + "/1", of(rows, "action step").getFirst().get("id"));
        assertEquals("lead", of(rows, "progress update").getFirst().get("person"));
        assertEquals(1, of(rows, "supporter").size());
    }

    @Test
    void theReportTracesEachPlanBackToTheWordsItCameFromLeavingOutHiddenOnesAndEscapingEverything() {
        String html = TraceReport.html(room());
        assertTrue(html.contains("Bus buddies"));
        assertTrue(html.contains("A bus buddy scheme"));
        assertTrue(html.contains("I can&#39;t get about") || html.contains("I can't get about") || html.contains("I can&#x27;t get about"));
        assertTrue(html.contains("&lt;b&gt;full&lt;/b&gt;"), "people's words are shown as text");
        assertFalse(html.contains("<b>full</b>"));
        assertFalse(html.contains("Words the facilitator hid"));
        assertTrue(html.contains("First buddies matched"));
    }
}
