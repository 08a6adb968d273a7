package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The day 1 summary, read back from the SES emulator. */
class DayOneSummaryTest {
    private final String lead = "lead-" + UUID.randomUUID() + "@example.org";
    private final String colleague = "colleague-" + UUID.randomUUID() + "@example.org";
    private final Scenario s = new Scenario(Clock.systemUTC(), Map.of("FACILITATOR_EMAILS", lead));

    @Test
    void leavingDayOneSendsEveryFacilitatorOneBilingualSummary() {
        String token = s.facilitator(lead);
        ApiClient.Answer created = s.api.call("POST /api/workshops", Map.of(), token,
                Map.of("title", "Carers <strategy> & you", "settings", Map.of("facilitatorEmails", List.of(colleague))));
        String id = created.text("id");
        Map<String, String> w = Map.of("id", id);
        Scenario.Person carer = s.join(id, "carer", "cy");
        Scenario.Person provider = s.join(id, "provider", "en");
        String a = s.say(id, carer.token(), "not_working", "I haven't had a day off in two years").text("id");
        String b = s.say(id, provider.token(), "not_working", "Respite is booked up for months").text("id");
        s.say(id, carer.token(), "working", "The Tuesday group");

        assertEquals(200, s.phase(id, token, "clustering").status());
        String theme = s.api.call("POST /api/workshops/{id}/themes", w, token,
                Map.of("category", "not_working", "title", "I want a proper break <now>")).text("id");
        for (String statement : List.of(a, b)) {
            assertEquals(200, s.api.call("PUT /api/workshops/{id}/statements/{sid}/theme", Map.of("id", id, "sid", statement), token,
                    Map.of("themeId", theme)).status());
        }
        assertEquals(200, s.phase(id, token, "theme_voting").status());
        s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme), carer.token(), Map.of("dots", 3));
        s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme), provider.token(), Map.of("dots", 1));
        assertEquals(200, s.phase(id, token, "root_causes").status());
        String cause = s.api.call("POST /api/workshops/{id}/causes", w, carer.token(), Map.of("themeId", theme, "text", "Too few respite places")).text("id");
        s.api.call("POST /api/workshops/{id}/causes", w, provider.token(), Map.of("themeId", theme, "parentId", cause, "text", "Funding was cut"));
        assertEquals(200, s.phase(id, token, "success").status());
        s.api.call("POST /api/workshops/{id}/success", w, carer.token(), Map.of("themeId", theme, "perspective", "carer", "text", "I can book a break next week"));

        ApiClient.Answer leaving = s.phase(id, token, "in_place");
        assertEquals("sent", leaving.text("daySummary"));

        for (String address : List.of(lead, colleague)) {
            List<JsonNode> emails = LocalAws.get().emailsArrive(address);
            assertEquals(1, emails.size(), address);
            JsonNode email = emails.getFirst();
            assertEquals("Day 1 summary: Carers <strategy> & you / Crynodeb diwrnod 1: Carers <strategy> & you", email.path("subject").asText());
            String text = email.path("body").path("text").asText();
            for (String expected : List.of("Day 1 summary: Carers <strategy> & you", "2 joined, 0 answered beforehand, 0 answers written down for people in the room; 3 statements.",
                    "2 wedi ymuno, 0 wedi ateb ymlaen llaw",
                    "- I care for a family member or friend: 1 joined, 0 answered beforehand, 2 statements",
                    "- I want a proper break <now>: 2 statements, 4 dots", "I care for a family member or friend: 3",
                    "- Too few respite places", "  - Funding was cut", "- I can book a break next week",
                    "Crynodeb diwrnod 1", "Rwy'n gofalu am aelod o'r teulu neu ffrind: 3", "Achosion sylfaenol", "Sut beth fyddai llwyddiant")) {
                assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
            }
            String html = email.path("body").path("html").asText();
            assertTrue(html.contains("I want a proper break &lt;now&gt;"), "titles are escaped in HTML");
            assertTrue(html.contains("lang=\"cy\""));
        }

        // Asking again, or moving back and forth, sends nothing more.
        ApiClient.Answer again = s.api.call("POST /api/workshops/{id}/summaries", w, token, Map.of("day", 1));
        assertEquals(202, again.status());
        assertEquals("already_sent", again.text("status"));
        assertEquals(200, s.phase(id, token, "success").status());
        assertEquals("already_sent", s.phase(id, token, "ideas").text("daySummary"));
        assertEquals(1, LocalAws.get().emailsTo(lead).size());
    }

    @Test
    void theFacilitatorCanAskForItBeforeLeavingDayOne() {
        String token = s.facilitator(lead);
        String id = s.createWorkshop(token, "Early").text("id");
        ApiClient.Answer asked = s.api.call("POST /api/workshops/{id}/summaries", Map.of("id", id), token, Map.of("day", 1));
        assertEquals(202, asked.status());
        assertEquals("sent", asked.text("status"));
        assertTrue(LocalAws.get().emailsArrive(lead).getFirst().path("body").path("text").asText().contains("0 joined, 0 answered beforehand, 0 answers written down for people in the room; 0 statements."));
        assertEquals("sent", s.api.call("POST /api/workshops/{id}/summaries", Map.of("id", id), token, Map.of("day", 2)).text("status"),
                "day 2 has its own summary");
    }
}
