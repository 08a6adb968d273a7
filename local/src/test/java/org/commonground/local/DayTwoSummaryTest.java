package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The day 2 summary and the plans-joined emails, read back from the SES emulator in both languages. */
class DayTwoSummaryTest {
    private final String lead = "lead2-" + UUID.randomUUID() + "@example.org";
    private final String welshSupporter = "cefnogwr-" + UUID.randomUUID() + "@example.org";
    private final Scenario s = new Scenario(java.time.Clock.systemUTC(), Map.of("FACILITATOR_EMAILS", lead));

    @Test
    void leavingDayTwoSendsTheSummaryAndEachConsentingSupporterThePlansTheyJoined() {
        String token = s.facilitator(lead);
        String id = s.createWorkshop(token, "Carers & <respite>").text("id");
        Map<String, String> w = Map.of("id", id);
        ApiClient.Answer joined = s.api.call("POST /api/workshops/{id}/participants", w, null,
                Map.of("perspective", "carer", "language", "cy", "email", welshSupporter, "updatesConsent", true));
        String cy = joined.text("token");
        s.confirm(welshSupporter);
        Scenario.Person provider = s.join(id, "provider", "en");

        String theme = s.api.call("POST /api/workshops/{id}/themes", w, token, Map.of("category", "not_working", "title", "I want a proper break")).text("id");
        s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme), cy, Map.of("dots", 1));
        assertEquals(200, s.phase(id, token, "in_place").status());
        s.api.call("POST /api/workshops/{id}/in-place", w, cy, Map.of("themeId", theme, "text", "The carers hub sitting service"));
        assertEquals(200, s.phase(id, token, "ideas").status());
        String rota = s.api.call("POST /api/workshops/{id}/ideas", w, cy, Map.of("themeId", theme, "lens", "community", "text", "A neighbour <rota>")).text("id");
        s.api.call("POST /api/workshops/{id}/ideas", w, provider.token(), Map.of("themeId", theme, "lens", "radical", "text", "Carers run respite"));
        assertEquals(200, s.phase(id, token, "idea_voting").status());
        s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", rota), cy, Map.of("dots", 3));
        s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", rota), provider.token(), Map.of("dots", 2));
        assertEquals(200, s.phase(id, token, "grid").status());
        s.api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", rota), cy, Map.of("effort", 2, "difference", 8));
        s.api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", rota), provider.token(), Map.of("effort", 3, "difference", 9));
        assertEquals(200, s.phase(id, token, "action_planning").status());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String plan = s.api.call("POST /api/workshops/{id}/actions", w, provider.token(), Map.of("ideaId", rota, "title", "Start the rota",
                "lead", Map.of("name", "Sam"), "steps", List.of(Map.of("text", "Ask the street WhatsApp group", "owner", "Sam", "due", today.plusDays(3).toString())),
                "measure", "Five neighbours sign up")).text("id");
        s.api.call("POST /api/workshops/{id}/actions/{aid}/supporters", Map.of("id", id, "aid", plan), cy, null);
        s.api.call("POST /api/workshops/{id}/actions/{aid}/supporters", Map.of("id", id, "aid", plan), provider.token(), null);

        ApiClient.Answer leaving = s.phase(id, token, "follow_up");
        assertEquals("sent", leaving.text("daySummary"));

        List<JsonNode> summaries = LocalAws.get().emailsArrive(lead);
        assertEquals(1, summaries.size());
        JsonNode summary = summaries.getFirst();
        assertEquals("Day 2 summary: Carers & <respite> / Crynodeb diwrnod 2: Carers & <respite>", summary.path("subject").asText());
        String text = summary.path("body").path("text").asText();
        for (String expected : List.of("Day 2 summary: Carers & <respite>", "Who took part: 2 joined, 0 answered beforehand, 0 answers written down for people in the room.",
                "Pwy gymerodd ran: 2 wedi ymuno", "I want a proper break",
                "- The carers hub sitting service", "  Community ideas:", "  - A neighbour <rota>", "- A neighbour <rota>: 5 dots",
                "I care for a family member or friend: 3",
                "- A neighbour <rota>: Effort (0 to 10) 2.5, Difference made (0 to 10) 8.5; Quick win; Placed by 2",
                "Start the rota", "Lead: Sam, 2 people signed up to help", "- Ask the street WhatsApp group (who: Sam), by " + today.plusDays(3),
                "How we will know it worked: Five neighbours sign up",
                "Crynodeb diwrnod 2", "Syniadau cymunedol", "Enillion cyflym", "Cynlluniau gweithredu", "Arweinydd: Sam")) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
        }
        String html = summary.path("body").path("html").asText();
        assertTrue(html.contains("A neighbour &lt;rota&gt;"), "text is escaped in HTML");
        assertTrue(html.contains("<table") && html.contains("lang=\"cy\""));

        List<JsonNode> joinedPlans = LocalAws.get().emailsArrive(welshSupporter, e -> e.path("subject").asText().startsWith("Y cynlluniau"));
        assertEquals(1, joinedPlans.size(), "the supporter who agreed to updates gets the plans they joined");
        JsonNode mine = joinedPlans.getFirst();
        assertTrue(mine.path("subject").asText().startsWith("Y cynlluniau gweithredu"), "in their language first");
        String mineText = mine.path("body").path("text").asText();
        assertTrue(mineText.indexOf("Y cynlluniau gweithredu") < mineText.indexOf("The action plans you joined"), mineText);
        assertTrue(mineText.contains("Start the rota") && mineText.contains("Five neighbours sign up"), mineText);

        assertEquals("already_sent", s.api.call("POST /api/workshops/{id}/summaries", w, token, Map.of("day", 2)).text("status"));
        assertEquals(200, s.phase(id, token, "action_planning").status());
        assertEquals("already_sent", s.phase(id, token, "closed").text("daySummary"));
        assertEquals(1, LocalAws.get().emailsTo(lead).size());
        assertEquals(1, LocalAws.get().emailsTo(welshSupporter, "Y cynlluniau").size(), "nothing is sent twice");
    }
}
