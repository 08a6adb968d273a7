package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A spreadsheet opening the export runs nothing people typed as a formula. */
class CsvExportTest {
    @Test
    void cellsThatWouldRunAsFormulasAreNeutralised() throws Exception {
        Scenario s = new Scenario();
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "=HYPERLINK(\"http://evil.example\",\"Click\")").text("id");
        Map<String, String> w = Map.of("id", id);
        List<String> risky = List.of("=1+1", "+44 1234", "-2+3", "@SUM(A1:A9)", "  =cmd|' /C calc'!A0");
        Scenario.Person person = s.join(id, "carer", "en");
        for (String text : risky) assertEquals(201, s.say(id, person.token(), "working", text).status());
        s.say(id, person.token(), "working", "A plain statement - with a dash inside");
        String body = s.api.call("GET /api/workshops/{id}/export.csv", w, facilitator, null).body();
        assertTrue(body.startsWith("\uFEFF"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                String seen = cell.strip();
                assertTrue(seen.isEmpty() || "=+-@".indexOf(seen.charAt(0)) < 0, "a cell a spreadsheet would run: " + cell);
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("text").equals("'=1+1")), "kept, after an apostrophe");
        assertTrue(rows.stream().anyMatch(r -> r.get("text").equals("A plain statement - with a dash inside")), "the rest as written");
        assertTrue(rows.stream().anyMatch(r -> r.get("text").equals("'=HYPERLINK(\"http://evil.example\",\"Click\")")), "titles too");
    }
}
