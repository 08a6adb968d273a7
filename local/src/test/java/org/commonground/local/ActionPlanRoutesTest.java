package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Action plans, supporters and the lead's private link, through the API. */
class ActionPlanRoutesTest {
    private static final Instant NOW = Instant.parse("2027-03-18T15:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.of("Europe/London"));
    private final Scenario s = new Scenario(new HandClock(NOW), Map.of());
    private final String facilitator = s.facilitator();
    private final String id = s.createWorkshop(facilitator, "Plans").text("id");
    private final Map<String, String> w = Map.of("id", id);
    private final Scenario.Person carer = s.join(id, "carer", "en");
    private final Scenario.Person provider = s.join(id, "provider", "en");
    private final String idea = s.api.call("POST /api/workshops/{id}/ideas", w, facilitator,
            Map.of("lens", "community", "text", "A carers' drop-in at the library")).text("id");
    private final String leadEmail = "lead-" + UUID.randomUUID() + "@example.org";

    private Map<String, Object> plan() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("ideaId", idea);
        plan.put("title", "Drop-in <Tuesdays> at the library");
        plan.put("lead", Map.of("name", "Gwen Morgan", "email", leadEmail, "consent", true));
        plan.put("steps", List.of(
                Map.of("text", "Book the community room", "owner", "Gwen", "due", TODAY.plusDays(7).toString()),
                Map.of("text", "Tell the GP surgeries", "due", TODAY.plusDays(30).toString())));
        plan.put("involve", "Two carers from the Tuesday group");
        plan.put("measure", "Ten carers come in the first month");
        return plan;
    }

    private ApiClient.Answer create(String token, Map<String, Object> plan) {
        return s.api.call("POST /api/workshops/{id}/actions", w, token, plan);
    }

    private ApiClient.Answer createWith(String field, Object value) {
        Map<String, Object> plan = plan();
        plan.put(field, value);
        return create(facilitator, plan);
    }

    @Test
    void participantsWritePlansInTheirStageAndTheLeadGetsThePlanWithAPrivateLink() {
        assertEquals("wrong_phase", create(carer.token(), plan()).error());
        assertEquals(200, s.phase(id, facilitator, "action_planning").status());
        ApiClient.Answer created = create(carer.token(), plan());
        assertEquals(201, created.status(), created.body());
        assertEquals("held", created.text("leadEmail"), "held until the lead confirms their address");
        String action = created.text("id");
        List<JsonNode> before = LocalAws.get().emailsTo(leadEmail);
        assertEquals(1, before.size(), "a short confirmation, nothing else");
        String ask = before.getFirst().path("body").path("text").asText();
        assertTrue(ask.contains("Someone named you as the lead of a plan at") && ask.contains("Mae rhywun wedi eich enwi chi"), ask);
        assertFalse(ask.contains("Drop-in") || ask.contains("library"), "none of the words the plan's writer chose:\n" + ask);
        s.confirm(leadEmail);

        JsonNode asParticipant = s.board(id, carer.token()).json().path("actions").get(0);
        assertEquals("Gwen", asParticipant.path("leadName").asText(), "others see the lead's first name only");
        assertTrue(asParticipant.path("leadEmail").isMissingNode());
        assertEquals("not_started", asParticipant.path("status").asText());
        assertEquals(2, asParticipant.path("steps").size());
        JsonNode asFacilitator = s.board(id, facilitator).json().path("actions").get(0);
        assertEquals("Gwen Morgan", asFacilitator.path("leadName").asText());
        assertEquals(leadEmail, asFacilitator.path("leadEmail").asText());

        List<JsonNode> emails = LocalAws.get().emailsArrive(leadEmail, e -> e.path("subject").asText().startsWith("Your action plan"));
        assertEquals(1, emails.size());
        String text = emails.getFirst().path("body").path("text").asText();
        for (String expected : List.of("Your action plan", "Drop-in <Tuesdays> at the library", "A carers' drop-in at the library",
                "- Book the community room (who: Gwen), by " + TODAY.plusDays(7), "Ten carers come in the first month",
                "Eich cynllun gweithredu", "Camau")) {
            assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
        }
        assertTrue(emails.getFirst().path("body").path("html").asText().contains("Drop-in &lt;Tuesdays&gt;"));

        String link = text.substring(text.indexOf("/lead/")).lines().findFirst().orElseThrow();
        assertTrue(link.startsWith("/lead/" + id + "/" + action + "?token="), link);
        String leadToken = link.substring(link.indexOf("token=") + 6);

        Map<String, String> a = Map.of("id", id, "aid", action);
        ApiClient.Answer page = s.api.call("GET /api/workshops/{id}/actions/{aid}", a, leadToken, null);
        assertEquals(200, page.status(), page.body());
        assertEquals("Drop-in <Tuesdays> at the library", page.text("title"));
        assertFalse(page.body().contains("leadTokenHash"), "the link's hash never leaves the table");
        ApiClient.Answer update = s.api.call("POST /api/workshops/{id}/actions/{aid}/updates", a, leadToken,
                Map.of("text", "Room booked for Tuesdays", "status", "in_progress"));
        assertEquals(201, update.status(), update.body());
        JsonNode after = s.board(id, carer.token()).json().path("actions").get(0);
        assertEquals("in_progress", after.path("status").asText());
        assertEquals("Room booked for Tuesdays", after.at("/updates/0/text").asText());

        assertEquals("invalid_status", s.api.call("POST /api/workshops/{id}/actions/{aid}/updates", a, leadToken,
                Map.of("text", "x", "status", "finished")).error());
        assertEquals(403, s.api.call("POST /api/workshops/{id}/actions/{aid}/updates", a, carer.token(),
                Map.of("text", "x", "status", "done")).status(), "a participant is not the lead");
        assertEquals(403, s.board(id, leadToken).status(), "the lead's link opens their plan, nothing else");
        String otherWorkshop = s.createWorkshop(facilitator, "Another workshop").text("id");
        assertEquals(403, s.api.call("POST /api/workshops/{id}/actions/{aid}/updates", Map.of("id", otherWorkshop, "aid", action), leadToken,
                Map.of("text", "x", "status", "done")).status(), "nor the same plan id under another workshop");
        String other = create(facilitator, plan()).text("id");
        assertEquals(403, s.api.call("POST /api/workshops/{id}/actions/{aid}/updates", Map.of("id", id, "aid", other), leadToken,
                Map.of("text", "x", "status", "done")).status(), "nor another plan");
        assertEquals(201, s.api.call("POST /api/workshops/{id}/actions/{aid}/updates", Map.of("id", id, "aid", other), facilitator,
                Map.of("text", "Waiting for the room", "status", "stuck")).status());
    }

    @Test
    void peopleSignUpToThePlansTheyFeelConnectedTo() {
        String action = create(facilitator, plan()).text("id");
        Map<String, String> a = Map.of("id", id, "aid", action);
        assertEquals("wrong_phase", s.api.call("POST /api/workshops/{id}/actions/{aid}/supporters", a, carer.token(), null).error());
        assertEquals(200, s.phase(id, facilitator, "action_planning").status());
        assertEquals(201, s.api.call("POST /api/workshops/{id}/actions/{aid}/supporters", a, carer.token(), null).status());
        assertEquals(201, s.api.call("POST /api/workshops/{id}/actions/{aid}/supporters", a, carer.token(), null).status(), "twice is once");
        assertEquals(201, s.api.call("POST /api/workshops/{id}/actions/{aid}/supporters", a, provider.token(), null).status());
        JsonNode plan = s.board(id, carer.token()).json().path("actions").get(0);
        assertEquals(2, plan.path("supporters").asInt());
        assertTrue(plan.path("supporting").asBoolean());

        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/actions/{aid}/supporters/me", a, carer.token(), null).status());
        plan = s.board(id, carer.token()).json().path("actions").get(0);
        assertEquals(1, plan.path("supporters").asInt());
        assertFalse(plan.path("supporting").asBoolean());
        assertEquals(404, s.api.call("POST /api/workshops/{id}/actions/{aid}/supporters", Map.of("id", id, "aid", idea), carer.token(), null).status());
        assertEquals(403, s.api.call("POST /api/workshops/{id}/actions/{aid}/supporters", a, facilitator, null).status());
    }

    @Test
    void aPlanNeedsAFirstStepWithinTwoWeeksAndEmailOnlyWithConsent() {
        assertEquals(201, create(facilitator, plan()).status());
        ApiClient.Answer later = createWith("steps", List.of(Map.of("text", "Meet in January", "due", TODAY.plusDays(40).toString())));
        assertEquals(201, later.status(), "a first step after two weeks is the planner's choice: " + later.body());
        assertEquals("first_step_later", later.json().at("/advice/code").asText(), "with the method's advice");
        assertTrue(createWith("steps", List.of(Map.of("text", "Meet", "due", TODAY.plusDays(3).toString()))).json().path("advice").isMissingNode());
        assertEquals("missing_date", createWith("steps", List.of(Map.of("text", "Meet"))).error());
        assertEquals(201, createWith("steps", List.of(Map.of("text", "Meet", "due", TODAY.plusDays(14).toString()))).status());
        assertEquals("date_in_past", createWith("steps", List.of(Map.of("text", "Meet", "due", TODAY.minusDays(1).toString()))).error());
        assertEquals("invalid_date", createWith("steps", List.of(Map.of("text", "Meet", "due", "next Tuesday"))).error());
        assertEquals("missing_field", createWith("steps", List.of()).error());
        assertEquals("empty_text", createWith("steps", List.of(Map.of("text", "  ", "due", TODAY.toString()))).error());
        assertEquals("unknown_field", createWith("steps", List.of(Map.of("text", "Meet", "due", TODAY.toString(), "cost", 3))).error());
        assertEquals("email_without_consent", createWith("lead", Map.of("name", "Gwen", "email", leadEmail)).error());
        assertEquals("invalid_email", createWith("lead", Map.of("name", "Gwen", "email", "gwen at home", "consent", true)).error());
        assertEquals("empty_text", createWith("lead", Map.of("name", " ")).error());
        assertEquals("missing_field", createWith("title", null).error());
        assertEquals("text_too_long", createWith("title", "x".repeat(201)).error());
        assertEquals("idea_not_found", createWith("ideaId", "0000000000aaaaaaaaaaaaaaaa").error());
        ApiClient.Answer noEmail = createWith("lead", Map.of("name", "Gwen"));
        assertEquals(201, noEmail.status());
        assertNull(noEmail.text("leadEmail"), "no email, none sent");
    }
}
