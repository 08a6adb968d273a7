package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.aws.Keys;
import org.commonground.aws.Table;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** After the days: the outcomes page, exports, handing a plan to a new lead, retention and deleting a workshop. */
class FollowUpRoutesTest {
    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();
    private final Scenario.TwoDays done = s.twoDays(facilitator, "Carers in Conwy");
    private final Table table = new Table(s.deployment.dynamo(), s.deployment.configuration().tableName());

    @Test
    void anyoneWithTheCodeSeesWhatWasSaidAndWhatIsBeingDoneWithFirstNamesOnly() {
        ApiClient.Answer outcomes = s.api.call("GET /api/outcomes/{code}", Map.of("code", done.code().toLowerCase()), null, null);
        assertEquals(200, outcomes.status(), outcomes.body());
        JsonNode o = outcomes.json();
        assertEquals("Carers in Conwy", o.path("title").asText());
        assertEquals("I want a proper break", o.at("/priorities/0/title").asText());
        assertEquals(1, o.at("/priorities/0/statements").asInt());
        assertEquals("Start the rota", o.at("/plans/0/title").asText());
        assertEquals("Sam", o.at("/plans/0/lead").asText(), "the lead's first name only");
        assertEquals("Sam", o.at("/plans/0/steps/0/owner").asText());
        assertEquals("in_progress", o.at("/plans/0/status").asText());
        assertEquals("Eight neighbours came to the first meeting", o.at("/plans/0/updates/0/text").asText());
        assertFalse(outcomes.body().contains("@example.org"), "no email address is shown");
        assertFalse(outcomes.body().contains("Evans"), "no surname is shown");
        assertFalse(outcomes.body().contains("night's sleep"), "statements are summed up as themes, not listed");

        String early = s.createWorkshop(facilitator, "Not yet").text("id");
        String earlyCode = s.board(early, facilitator).json().at("/workshop/code").asText();
        assertEquals("not_published_yet", s.api.call("GET /api/outcomes/{code}", Map.of("code", earlyCode), null, null).error());
        assertEquals("code_not_found", s.api.call("GET /api/outcomes/{code}", Map.of("code", "ZZZZZZ"), null, null).error());
    }

    @Test
    void theFacilitatorDownloadsEveryRecordAsCsvAndAReportThatTracesEachPlanBack() throws Exception {
        ApiClient.Answer csv = s.api.call("GET /api/workshops/{id}/export.csv", Map.of("id", done.workshopId()), facilitator, null);
        assertEquals(200, csv.status());
        assertTrue(csv.headers().get("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFF"), "a UTF-8 byte-order mark first, for Excel on Windows");
        assertTrue(csv.headers().get("Content-Disposition").contains("common-ground-" + done.code() + ".csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.body().substring(1))).getRecords();
        Set<String> kinds = new TreeSet<>();
        rows.forEach(r -> kinds.add(r.get("record")));
        assertEquals(new TreeSet<>(List.of("workshop", "participant", "statement", "theme", "vote", "root cause", "success", "in place", "idea",
                "grid placement", "grid nudge", "action plan", "action step", "supporter", "progress update")), kinds);
        assertTrue(rows.stream().anyMatch(r -> r.get("text").equals("I haven't had a night's sleep in months")), "text is verbatim");
        assertEquals(403, s.api.call("GET /api/workshops/{id}/export.csv", Map.of("id", done.workshopId()), done.carer().token(), null).status());

        ApiClient.Answer report = s.api.call("GET /api/workshops/{id}/report", Map.of("id", done.workshopId()), facilitator, null);
        assertEquals(200, report.status());
        String html = report.body();
        int plan = html.indexOf("Start the rota");
        int idea = html.indexOf("A neighbour rota", plan);
        int theme = html.indexOf("I want a proper break", idea);
        int said = html.indexOf("I haven&#39;t had a night&#39;s sleep in months", theme);
        assertTrue(plan > 0 && idea > plan && theme > idea && said > theme, "plan, then idea, then theme, then what people said:\n" + html);
    }

    @Test
    void aFacilitatorHandsAPlanToANewLeadWhoseLinkReplacesTheOldOne() {
        Map<String, String> a = Map.of("id", done.workshopId(), "aid", done.action());
        String oldLink = linkIn(LocalAws.get().emailsArrive(done.leadEmail(), e -> e.path("subject").asText().startsWith("Your action plan")).getFirst());
        String newEmail = "new-" + done.leadEmail();
        ApiClient.Answer handed = s.api.call("PATCH /api/workshops/{id}/actions/{aid}", a, facilitator,
                Map.of("lead", Map.of("name", "Rhian", "email", newEmail, "consent", true)));
        assertEquals(200, handed.status(), handed.body());
        assertEquals("held", handed.text("leadEmail"));
        s.confirm(newEmail);
        String newLink = linkIn(LocalAws.get().emailsArrive(newEmail, e -> e.path("subject").asText().startsWith("Your action plan")).getFirst());
        assertEquals(401, s.api.call("GET /api/workshops/{id}/actions/{aid}", a, oldLink, null).status(), "the old link stops working");
        assertEquals(200, s.api.call("GET /api/workshops/{id}/actions/{aid}", a, newLink, null).status());
        assertEquals("Rhian", s.board(done.workshopId(), facilitator).json().at("/actions/0/leadName").asText());
        assertEquals(403, s.api.call("PATCH /api/workshops/{id}/actions/{aid}", a, done.carer().token(), Map.of("lead", Map.of("name", "Me"))).status());
    }

    @Test
    void everyItemCarriesTheWorkshopsExpiry() {
        long expiry = -1;
        List<String> without = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.partition(Keys.workshop(done.workshopId()))) {
            if (!item.containsKey("expiresAt")) without.add(Table.text(item, "sk"));
            else if (Table.text(item, "sk").equals(Keys.META)) expiry = Table.number(item, "expiresAt", 0);
        }
        assertEquals(List.of(), without);
        assertTrue(expiry > s.deployment.clock().instant().getEpochSecond() + 29L * 24 * 3600, "at least the shortest retention ahead");
    }

    @Test
    void deletingAWorkshopLeavesNothingOfItInTheTable() {
        assertEquals("confirm_code", s.api.call("DELETE /api/workshops/{id}", Map.of("id", done.workshopId()), facilitator, Map.of("confirm", "WRONG1")).error());
        assertTrue(s.board(done.workshopId(), facilitator).status() == 200, "a wrong code deletes nothing");
        assertEquals(403, s.api.call("DELETE /api/workshops/{id}", Map.of("id", done.workshopId()), done.carer().token(), Map.of("confirm", done.code())).status());

        assertEquals(204, s.api.call("DELETE /api/workshops/{id}", Map.of("id", done.workshopId()), facilitator, Map.of("confirm", done.code())).status());
        List<String> left = new ArrayList<>();
        for (Map<String, AttributeValue> item : s.deployment.dynamo().scan(ScanRequest.builder().tableName(table.name()).build()).items()) {
            String pk = Table.text(item, "pk");
            boolean ours = pk.contains(done.workshopId()) || pk.equals(Table.text(Keys.code(done.code()), "pk")) || done.workshopId().equals(Table.text(item, "workshopId"));
            if (ours) left.add(pk + " " + Table.text(item, "sk"));
        }
        assertEquals(List.of(), left);
        assertEquals(401, s.board(done.workshopId(), done.carer().token()).status(), "participants' tokens are gone");
        assertEquals(404, s.board(done.workshopId(), facilitator).status());
        assertEquals("code_not_found", s.api.call("GET /api/join/{code}", Map.of("code", done.code()), null, null).error());
    }

    private static String linkIn(JsonNode email) {
        String text = email.path("body").path("text").asText();
        String link = text.substring(text.indexOf("/lead/")).lines().findFirst().orElseThrow();
        return link.substring(link.indexOf("token=") + 6);
    }
}
