package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.commonground.handlers.ScheduleHandler;
import org.junit.jupiter.api.Test;

/**
 * Every kind of token stops working, with 401 (never 404 or 200), once its workshop is deleted
 * or its person erased; and only a sign-in link is taken by {@code POST /api/auth/sessions}.
 */
class TokenLifetimeTest {
    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();
    private final Scenario.TwoDays done = s.twoDays(facilitator, "Tokens " + UUID.randomUUID());
    private final Map<String, String> w = Map.of("id", done.workshopId());
    private final Map<String, String> a = Map.of("id", done.workshopId(), "aid", done.action());

    private static String after(String text, String marker) {
        return text.substring(text.indexOf(marker) + marker.length()).lines().findFirst().orElseThrow();
    }

    /** Each kind of link this workshop gave out, by name. */
    private Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("participant", done.carer().token());
        links.put("big screen", s.api.call("POST /api/workshops/{id}/screen-links", w, facilitator, null).text("token"));
        links.put("lead", after(LocalAws.get().emailsTo(done.leadEmail(), "Your action plan").getFirst().path("body").path("text").asText(), "token="));
        new ScheduleHandler(s.deployment).handleRequest(Map.of(), null);
        String carerEmail = s.app.snapshots().load(done.workshopId()).orElseThrow().participants().stream()
                .filter(p -> p.id().equals(done.carer().participantId())).findFirst().orElseThrow().email();
        JsonNode digest = LocalAws.get().emailsTo(carerEmail, "What has happened").getFirst();
        links.put("unsubscribe", after(digest.path("body").path("text").asText(), "/unsubscribe?token="));
        String waiting = "waiting-" + UUID.randomUUID() + "@example.org";
        s.api.call("POST /api/workshops/{id}/participants", w, null, Map.of("perspective", "carer", "language", "en", "email", waiting, "updatesConsent", true));
        links.put("confirmation", LocalAws.get().confirmationToken(waiting));
        return links;
    }

    private int use(String kind, String token) {
        return switch (kind) {
            case "participant", "big screen" -> s.board(done.workshopId(), token).status();
            case "lead" -> s.api.call("GET /api/workshops/{id}/actions/{aid}", a, token, null).status();
            case "unsubscribe" -> s.api.call("POST /api/unsubscribe", Map.of(), null, Map.of("token", token)).status();
            case "confirmation" -> s.api.call("POST /api/confirmations", Map.of(), null, Map.of("token", token)).status();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Test
    void everyLinkOfADeletedWorkshopGets401() {
        Map<String, String> links = links();
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}", w, facilitator, Map.of("confirm", done.code())).status());
        links.forEach((kind, token) -> assertEquals(401, use(kind, token), kind));
    }

    @Test
    void theLinksOfSomeoneErasedGet401AndThePlanTheyWroteLosesItsLead() {
        Map<String, String> links = links();
        // The carer's own links, then the provider's: they wrote the plan that names its lead.
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/participants/me", w, done.carer().token(), null).status());
        assertEquals(401, use("participant", links.get("participant")));
        assertEquals(401, use("unsubscribe", links.get("unsubscribe")));
        assertEquals(200, use("lead", links.get("lead")), "the plan's lead was not the carer's to erase");
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/participants/me", w, done.provider().token(), null).status());
        assertEquals(401, use("lead", links.get("lead")), "the lead link of a plan the erased person wrote");

        JsonNode plan = s.board(done.workshopId(), facilitator).json().at("/actions/0");
        assertEquals("Start the rota", plan.path("title").asText(), "the plan stays with the group");
        assertTrue(plan.path("leadName").isMissingNode() && plan.path("leadEmail").isMissingNode(), plan.toString());
        String csv = s.api.call("GET /api/workshops/{id}/export.csv", w, facilitator, null).body();
        assertFalse(csv.contains("Sam Evans") || csv.contains(done.leadEmail()), csv);
        assertTrue(csv.contains("a participant"), csv);
        String report = s.api.call("GET /api/workshops/{id}/report", w, facilitator, null).body();
        assertFalse(report.contains("Sam Evans") || report.contains(done.leadEmail()));
        JsonNode outcomes = s.api.call("GET /api/outcomes/{code}", Map.of("code", done.code()), null, null).json();
        assertFalse(outcomes.toString().contains("Sam"), outcomes.toString());
    }

    @Test
    void onlyASignInLinkIsTakenForASession() {
        for (String token : new String[] {done.carer().token(), facilitator}) {
            ApiClient.Answer refused = s.api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", token));
            assertEquals(401, refused.status(), refused.body());
        }
        assertEquals(200, s.board(done.workshopId(), done.carer().token()).status(), "the participant's token still works");
        assertEquals(200, s.api.call("GET /api/workshops", Map.of(), facilitator, null).status(), "and so does the session");
    }
}
