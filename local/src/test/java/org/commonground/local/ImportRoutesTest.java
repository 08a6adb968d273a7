package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRoutesTest {
    private static final String WORKING = "What is working in your life?";
    private static final String NOT_WORKING = "What is not working in your life?";
    private static final String FUTURE = "What is important to you for the future?";
    private static final Map<String, String> COLUMNS = Map.of("working", WORKING, "not_working", NOT_WORKING, "future", FUTURE);

    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();
    private final String id = s.createWorkshop(facilitator, "Carers").text("id");

    private ApiClient.Answer send(String fileName, byte[] content, Map<String, ?> columns, Boolean dryRun, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileName", fileName);
        body.put("content", Base64.getEncoder().encodeToString(content));
        if (columns != null) body.put("columns", columns);
        if (dryRun != null) body.put("dryRun", dryRun);
        body.putAll(more);
        return s.api.call("POST /api/workshops/{id}/imports", Map.of("id", id), facilitator, body);
    }

    private ApiClient.Answer preview(String fileName, byte[] content) {
        return send(fileName, content, null, null, Map.of());
    }

    private ApiClient.Answer importing(String fileName, byte[] content, Map<String, ?> columns) {
        return send(fileName, content, columns, false, Map.of());
    }

    private JsonNode board() { return s.board(id, facilitator).json(); }

    private static List<String> texts(JsonNode board) {
        List<String> texts = new ArrayList<>();
        board.path("statements").forEach(st -> texts.add(st.path("text").asText()));
        return texts;
    }

    private static byte[] utf8(String text) { return text.getBytes(StandardCharsets.UTF_8); }

    @Test
    void aUtf8CsvWithAByteOrderMarkQuotedCellsAndAFormulaIsImportedVerbatim() {
        String csv = "\uFEFF" + WORKING + "," + NOT_WORKING + "," + FUTURE + ",Perspective\r\n"
                + "\"My neighbour, Siân, checks on us\",\"I said \"\"enough\"\" and nobody heard\",\"A break\nthat I can rely on\",carer\r\n"
                + "=SUM(A1:A2),,Mwy o seibiant 💚,\r\n"
                + ",,,\r\n";
        ApiClient.Answer preview = preview("answers.csv", utf8(csv));
        assertEquals(200, preview.status(), preview.body());
        assertEquals("csv", preview.text("format"));
        assertEquals(WORKING, preview.json().at("/headers/0").asText(), "the byte-order mark is not part of the header");
        assertEquals(WORKING, preview.json().at("/columns/working").asText());
        assertEquals(NOT_WORKING, preview.json().at("/columns/not_working").asText());
        assertEquals(FUTURE, preview.json().at("/columns/future").asText());
        assertEquals("Perspective", preview.json().at("/columns/perspective").asText());
        assertEquals(2, preview.json().path("rows").asInt(), "the empty row is left out");
        assertEquals(2, preview.json().at("/statements/working").asInt());
        assertEquals(1, preview.json().at("/statements/not_working").asInt());
        assertEquals(2, preview.json().at("/statements/future").asInt());
        assertEquals(1, preview.json().at("/skipped/empty").asInt());
        assertEquals("=SUM(A1:A2)", preview.json().at("/sample/1/0").asText());
        assertEquals(0, board().path("statements").size(), "a preview saves nothing");

        Map<String, String> columns = new HashMap<>(COLUMNS);
        columns.put("perspective", "Perspective");
        ApiClient.Answer imported = importing("answers.csv", utf8(csv), columns);
        assertEquals(201, imported.status(), imported.body());
        assertEquals(5, imported.json().path("created").asInt());
        assertEquals(2, imported.json().path("people").asInt());

        JsonNode board = board();
        List<String> texts = texts(board);
        assertTrue(texts.contains("My neighbour, Siân, checks on us"), texts.toString());
        assertTrue(texts.contains("I said \"enough\" and nobody heard"), texts.toString());
        assertTrue(texts.contains("A break\nthat I can rely on"), texts.toString());
        assertTrue(texts.contains("=SUM(A1:A2)"), "a cell starting with = is kept as text: " + texts);
        assertTrue(texts.contains("Mwy o seibiant 💚"), texts.toString());
        board.path("statements").forEach(st -> assertEquals("questionnaire", st.path("source").asText()));
        assertEquals(0, board.at("/counts/participants").asInt(), "nobody joined");
        assertEquals(2, board.at("/counts/answeredBeforehand").asInt());
        assertEquals(1, board.at("/counts/people/carer/answeredBeforehand").asInt());
        assertEquals("answers.csv", board.at("/imports/0/fileName").asText());
        assertEquals(2, board.at("/imports/0/people").asInt());
    }

    @Test
    void aWindows1252CsvWithSemicolonsAndWelshHeadersIsReadAndMatched() {
        String csv = "Rhif;Beth sy'n gweithio yn eich bywyd?;Beth sydd ddim yn gweithio yn eich bywyd?;Beth sy'n bwysig i chi ar gyfer y dyfodol?\r\n"
                + "1;Caf\u00e9 on Tuesdays \u2013 \u00a35 well spent;\u201cNobody rings back\u201d;Time for me\r\n"
                + "2;;Forms, forms; and more forms;\r\n";
        byte[] bytes = csv.replace("Forms, forms; and more forms", "\"Forms, forms; and more forms\"").getBytes(Charset.forName("windows-1252"));
        ApiClient.Answer preview = preview("holiad.csv", bytes);
        assertEquals(200, preview.status(), preview.body());
        JsonNode columns = preview.json().path("columns");
        assertEquals("Beth sy'n gweithio yn eich bywyd?", columns.path("working").asText(), columns.toString());
        assertEquals("Beth sydd ddim yn gweithio yn eich bywyd?", columns.path("not_working").asText(), columns.toString());
        assertEquals("Beth sy'n bwysig i chi ar gyfer y dyfodol?", columns.path("future").asText(), columns.toString());
        assertFalse(columns.has("perspective"));

        Map<String, String> chosen = new HashMap<>();
        columns.properties().forEach(e -> chosen.put(e.getKey(), e.getValue().asText()));
        ApiClient.Answer imported = send("holiad.csv", bytes, chosen, false, Map.of("source", "paper"));
        assertEquals(201, imported.status(), imported.body());
        assertEquals(4, imported.json().path("created").asInt());
        List<String> texts = texts(board());
        assertTrue(texts.contains("Caf\u00e9 on Tuesdays \u2013 \u00a35 well spent"), texts.toString());
        assertTrue(texts.contains("\u201cNobody rings back\u201d"), texts.toString());
        assertTrue(texts.contains("Forms, forms; and more forms"), texts.toString());
        board().path("statements").forEach(st -> assertEquals("paper", st.path("source").asText()));
    }

    @Test
    void anExcelWorkbookIsReadWithSharedOrInlineStringsAndEmptyCells() {
        List<List<String>> rows = List.of(
                List.of("Name", WORKING, NOT_WORKING, FUTURE),
                List.of("", "Day centre", "", "Knowing who to call"),
                List.of("", "", "=NOW() is what they told me", ""),
                List.of("", "Line one\nLine two", "", ""));
        for (boolean shared : List.of(true, false)) {
            ApiClient.Answer preview = preview("answers.xlsx", Workbooks.xlsx(rows, shared));
            assertEquals(200, preview.status(), preview.body());
            assertEquals("xlsx", preview.text("format"));
            assertEquals(3, preview.json().path("rows").asInt());
            assertEquals(WORKING, preview.json().at("/columns/working").asText());
            assertEquals(2, preview.json().at("/statements/working").asInt(), "shared strings: " + shared);
        }
        ApiClient.Answer lines = send("answers.xlsx", Workbooks.xlsx(rows, false), COLUMNS, false, Map.of("split", "line"));
        assertEquals(201, lines.status(), lines.body());
        assertEquals(5, lines.json().path("created").asInt(), "each line of a cell is one statement");
        List<String> texts = texts(board());
        assertTrue(texts.containsAll(List.of("Day centre", "Knowing who to call", "=NOW() is what they told me", "Line one", "Line two")), texts.toString());
        assertEquals(3, board().at("/counts/answeredBeforehand").asInt());
    }

    @Test
    void importingTheSameRowsAgainCreatesNothingNewAndUndoRemovesOnlyThatImport() {
        Scenario.Person here = s.join(id, "carer", "en");
        assertEquals(201, s.say(id, here.token(), "working", "My own words").status());
        String csv = WORKING + "," + NOT_WORKING + "\n" + "Respite,Waiting\n" + "Respite,Waiting\n" + "Friends,\n";
        ApiClient.Answer first = importing("a.csv", utf8(csv), Map.of("working", WORKING, "not_working", NOT_WORKING));
        assertEquals(201, first.status(), first.body());
        assertEquals(5, first.json().path("created").asInt(), "two people who said the same are two people");
        assertEquals(3, board().at("/counts/answeredBeforehand").asInt());

        ApiClient.Answer again = importing("a-copy.csv", utf8(csv), Map.of("working", WORKING, "not_working", NOT_WORKING));
        assertEquals(201, again.status(), again.body());
        assertEquals(0, again.json().path("created").asInt());
        assertEquals(5, again.json().at("/skipped/duplicate").asInt());
        ApiClient.Answer previewAgain = preview("a.csv", utf8(csv));
        assertEquals(5, previewAgain.json().at("/skipped/duplicate").asInt(), "the preview says so too");

        String more = csv + "Neighbours,\n";
        ApiClient.Answer second = importing("b.csv", utf8(more), Map.of("working", WORKING, "not_working", NOT_WORKING));
        assertEquals(1, second.json().path("created").asInt(), "only the new row is added");
        assertEquals(4, board().at("/counts/answeredBeforehand").asInt());
        assertEquals(7, board().path("statements").size());

        ApiClient.Answer undo = s.api.call("DELETE /api/workshops/{id}/imports/{importId}",
                Map.of("id", id, "importId", first.text("importId")), facilitator, null);
        assertEquals(200, undo.status(), undo.body());
        assertEquals(5, undo.json().path("removed").asInt());
        JsonNode board = board();
        assertEquals(List.of("Neighbours", "My own words").stream().sorted().toList(), texts(board).stream().sorted().toList());
        assertEquals(1, board.at("/counts/answeredBeforehand").asInt());
        assertEquals(1, board.at("/counts/joined").asInt());
        assertEquals(1, board.path("imports").size());
        ApiClient.Answer twice = s.api.call("DELETE /api/workshops/{id}/imports/{importId}",
                Map.of("id", id, "importId", first.text("importId")), facilitator, null);
        assertEquals(404, twice.status());
        assertEquals("import_not_found", twice.error());
    }

    @Test
    void peopleWhoJoinedAnsweredBeforehandOrWereWrittenDownForAreCountedApart() {
        s.join(id, "carer", "en");
        s.join(id, "carer", "cy");
        s.join(id, "provider", "en");
        StringBuilder csv = new StringBuilder(NOT_WORKING + ",perspective\n");
        for (int i = 1; i <= 41; i++) csv.append("Answer on paper ").append(i).append(',').append(i <= 30 ? "carer" : "").append('\n');
        assertEquals(201, importing("paper.csv", utf8(csv.toString()), Map.of("not_working", NOT_WORKING, "perspective", "perspective")).status());
        for (String text : List.of("Written down one", "Written down two")) {
            ApiClient.Answer written = s.api.call("POST /api/workshops/{id}/statements", Map.of("id", id), facilitator,
                    Map.of("prompt", "working", "text", text, "source", "interview", "onBehalfOf", Map.of("perspective", "community")));
            assertEquals(201, written.status(), written.body());
        }
        for (JsonNode board : List.of(board(), s.board(id, s.api.call("POST /api/workshops/{id}/screen-links", Map.of("id", id), facilitator, Map.of()).text("token")).json())) {
            JsonNode counts = board.path("counts");
            assertEquals(3, counts.path("participants").asInt(), "only people who joined are participants: " + counts);
            assertEquals(3, counts.path("joined").asInt());
            assertEquals(41, counts.path("answeredBeforehand").asInt());
            assertEquals(2, counts.path("writtenDown").asInt());
            assertEquals(2, counts.at("/people/carer/joined").asInt());
            assertEquals(30, counts.at("/people/carer/answeredBeforehand").asInt());
            assertEquals(2, counts.at("/people/community/writtenDown").asInt());
            assertEquals(0, counts.at("/people/community/joined").asInt(), "writing down for someone makes no participant");
            assertEquals(2, counts.at("/byPerspective/carer").asInt());
        }
    }

    @Test
    void badFilesGetAClearAnswerAndNothingOfThemIsSaved() {
        long version = board().path("version").asLong();
        record Bad(String why, String fileName, byte[] content, Map<String, ?> columns, int status, String error) {}
        byte[] ole = new byte[512];
        byte[] oleHeader = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(oleHeader, 0, ole, 0, oleHeader.length);
        StringBuilder tooMany = new StringBuilder(WORKING + "\n");
        for (int i = 0; i <= 5000; i++) tooMany.append("Answer ").append(i).append('\n');
        byte[] big = new byte[3 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        String fine = WORKING + "\nSomething\n";
        List<Bad> cases = List.of(
                new Bad("a PDF", "answers.pdf", utf8("%PDF-1.7 ..."), COLUMNS, 400, "unsupported_file"),
                new Bad("an old Excel file", "answers.xls", ole, COLUMNS, 400, "unsupported_file"),
                new Bad("a broken workbook", "answers.xlsx", utf8("PK not really a zip"), COLUMNS, 400, "unsupported_file"),
                new Bad("an empty file", "answers.csv", new byte[0], COLUMNS, 400, "empty_file"),
                new Bad("a file of blank lines", "answers.csv", utf8("\r\n\r\n"), COLUMNS, 400, "empty_file"),
                new Bad("headers only", "answers.csv", utf8(WORKING + "," + FUTURE + "\r\n"), COLUMNS, 400, "no_rows"),
                new Bad("an empty workbook", "answers.xlsx", Workbooks.xlsx(List.of(List.of(WORKING)), true), COLUMNS, 400, "no_rows"),
                new Bad("no column mapped", "answers.csv", utf8(fine), Map.of(), 400, "no_column_mapped"),
                new Bad("a column that is not there", "answers.csv", utf8(fine), Map.of("working", "Nope"), 400, "unknown_column"),
                new Bad("one column for two questions", "answers.csv", utf8(fine), Map.of("working", WORKING, "future", WORKING), 400, "column_used_twice"),
                new Bad("over 5,000 rows", "answers.csv", utf8(tooMany.toString()), Map.of("working", WORKING), 400, "too_many_rows"),
                new Bad("over 3 MB", "answers.csv", big, COLUMNS, 413, "too_large"));
        for (Bad bad : cases) {
            ApiClient.Answer answer = importing(bad.fileName(), bad.content(), bad.columns());
            assertEquals(bad.status(), answer.status(), bad.why() + ": " + answer.body());
            assertEquals(bad.error(), answer.error(), bad.why());
            assertFalse(answer.text("message").isBlank(), bad.why());
        }
        ApiClient.Answer notBase64 = s.api.call("POST /api/workshops/{id}/imports", Map.of("id", id), facilitator,
                Map.of("fileName", "a.csv", "content", "***", "columns", COLUMNS, "dryRun", false));
        assertEquals(400, notBase64.status());
        assertEquals("invalid_content", notBase64.error());
        ApiClient.Answer wrongSource = send("a.csv", utf8(fine), Map.of("working", WORKING), false, Map.of("source", "online"));
        assertEquals("invalid_source", wrongSource.error());
        Scenario.Person person = s.join(id, "carer", "en");
        ApiClient.Answer participant = s.api.call("POST /api/workshops/{id}/imports", Map.of("id", id), person.token(),
                Map.of("fileName", "a.csv", "content", Base64.getEncoder().encodeToString(utf8(fine))));
        assertEquals(403, participant.status(), participant.body());

        JsonNode board = board();
        assertEquals(0, board.path("statements").size(), "nothing was saved from a refused file");
        assertEquals(0, board.path("imports").size());
        assertEquals(version + 1, board.path("version").asLong(), "only the person joining changed the workshop");
    }

    @Test
    void theDemoWorkshopIsSeededThroughTheImportAsFortyPeopleWhoAnsweredBeforehand() throws Exception {
        var demo = DemoWorkshop.ensure(s.app, "facilitator@example.org", LocalAws.ROOT.resolveSibling("shared").resolve("data"));
        JsonNode board = s.board(demo.id(), facilitator).json();
        assertEquals(140, board.at("/counts/statements").asInt());
        assertEquals(40, board.at("/counts/answeredBeforehand").asInt());
        assertEquals(0, board.at("/counts/joined").asInt());
        assertEquals(40, board.at("/counts/people/carer/answeredBeforehand").asInt(), "the perspective column was suggested and used");
        assertEquals("carers-questionnaire.csv", board.at("/imports/0/fileName").asText());
        board.path("statements").forEach(st -> assertEquals("questionnaire", st.path("source").asText()));
    }
}
