package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wording of a workshop in two languages, changing a workshop after it was created, and copying it for another run. */
class WorkshopWordingTest {
    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();

    private ApiClient.Answer create(Map<String, Object> body) {
        return s.api.call("POST /api/workshops", Map.of(), facilitator, body);
    }

    private ApiClient.Answer patch(String id, Map<String, Object> body) {
        return s.api.call("PATCH /api/workshops/{id}", Map.of("id", id), facilitator, body);
    }

    @Test
    void titleFocusAndPerspectivesTakeWelshAndWelshPagesAndEmailsUseIt() {
        String colleague = "colleague-" + java.util.UUID.randomUUID() + "@example.org";
        ApiClient.Answer created = create(Map.of(
                "title", Map.of("en", "Supporting unpaid carers", "cy", "Cefnogi gofalwyr di-dâl"),
                "focus", Map.of("en", "What would make life better?", "cy", "Beth fyddai'n gwneud bywyd yn well?"),
                "perspectives", List.of(Map.of("id", "carer", "label", Map.of("en", "I am a carer", "cy", "Rwy'n ofalwr")), "I work in a service"),
                "settings", Map.of("facilitatorEmails", List.of(colleague))));
        assertEquals(201, created.status(), created.body());
        assertEquals("Supporting unpaid carers", created.text("title"), "title alone stays the English, as before");
        String id = created.text("id");

        JsonNode join = s.api.call("GET /api/join/{code}", Map.of("code", created.text("code")), null, null).json();
        assertEquals("Cefnogi gofalwyr di-dâl", join.at("/wording/title/cy").asText());
        assertEquals("Beth fyddai'n gwneud bywyd yn well?", join.at("/wording/focus/cy").asText());
        assertEquals("Rwy'n ofalwr", join.at("/perspectives/0/label/cy").asText());
        assertEquals("I work in a service", join.at("/perspectives/1/label/cy").asText(), "one string serves both languages");

        Scenario.Person siân = s.join(id, "carer", "cy");
        assertEquals("Cefnogi gofalwyr di-dâl", s.board(id, siân.token()).json().at("/workshop/wording/title/cy").asText());

        assertEquals(202, s.api.call("POST /api/workshops/{id}/summaries", Map.of("id", id), facilitator, Map.of("day", 1)).status());
        JsonNode email = LocalAws.get().emailsTo(colleague).getFirst();
        assertEquals("Day 1 summary: Supporting unpaid carers / Crynodeb diwrnod 1: Cefnogi gofalwyr di-dâl", email.path("subject").asText());
        String text = email.path("body").path("text").asText();
        assertTrue(text.contains("Crynodeb diwrnod 1: Cefnogi gofalwyr di-dâl"), text);
        assertTrue(text.contains("- Rwy'n ofalwr: 1 wedi ymuno"), text);

        ApiClient.Answer missingEnglish = create(Map.of("title", Map.of("cy", "Dim Saesneg")));
        assertEquals(400, missingEnglish.status());
        assertEquals("missing_field", missingEnglish.error());
    }

    @Test
    void aFacilitatorChangesAnyFieldCheckedLikeTheCreate() {
        String id = s.createWorkshop(facilitator, "Carers").text("id");
        ApiClient.Answer changed = patch(id, Map.of(
                "title", Map.of("en", "Carers in Conwy", "cy", "Gofalwyr yng Nghonwy"),
                "settings", Map.of("day1Date", "2026-12-06", "day2Date", "2026-12-13", "dotBudget", 6, "dotCap", 4,
                        "shortlistSize", 4, "lensNames", "chefs", "facilitatorEmails", List.of("Second@Example.org"))));
        assertEquals(200, changed.status(), changed.body());
        JsonNode w = changed.json();
        assertEquals("Gofalwyr yng Nghonwy", w.at("/wording/title/cy").asText());
        assertEquals("2026-12-06", w.at("/settings/day1Date").asText());
        assertEquals(6, w.at("/settings/dotBudget").asInt());
        assertEquals(4, w.at("/settings/shortlistSize").asInt());
        assertEquals("chefs", w.at("/settings/lensNames").asText());
        assertEquals("second@example.org", w.at("/settings/facilitatorEmails/0").asText());
        assertEquals(3, w.at("/settings/ideaDotCap").asInt(), "what is left out stays as it was");

        ApiClient.Answer onlyFocus = patch(id, Map.of("focus", "What matters to carers"));
        assertEquals("Carers in Conwy", onlyFocus.text("title"));
        assertEquals("2026-12-06", onlyFocus.json().at("/settings/day1Date").asText());
        JsonNode board = s.board(id, facilitator).json();
        assertEquals("What matters to carers", board.at("/workshop/focus").asText());
        assertTrue(board.path("version").asLong() >= 3, "each change bumps the version the pages poll");

        record Bad(Map<String, Object> body, int status, String error) {}
        for (Bad bad : List.of(
                new Bad(Map.of("settings", Map.of("dotCap", 9)), 400, "invalid_field"),
                new Bad(Map.of("settings", Map.of("day1Date", "6/12/2026")), 400, "invalid_field"),
                new Bad(Map.of("title", ""), 400, "empty_text"),
                new Bad(Map.of("colour", "blue"), 400, "unknown_field"),
                new Bad(Map.of("languages", List.of("fr")), 400, "invalid_field"))) {
            ApiClient.Answer answer = patch(id, bad.body());
            assertEquals(bad.status(), answer.status(), bad.body() + ": " + answer.body());
            assertEquals(bad.error(), answer.error(), bad.body().toString());
        }
        assertEquals(404, patch("01m808c4aa9j8adqqehz29e9xc", Map.of("focus", "x")).status());
        Scenario.Person person = s.join(id, "carer", "en");
        assertEquals(403, s.api.call("PATCH /api/workshops/{id}", Map.of("id", id), person.token(), Map.of("focus", "x")).status());
    }

    @Test
    void changesThatWouldBreakWhatPeopleDidAreRefusedWithTheReason() {
        String id = s.createWorkshop(facilitator, "Carers").text("id");
        Scenario.Person carer = s.join(id, "carer", "cy");
        s.say(id, carer.token(), "not_working", "No breaks");
        s.phase(id, facilitator, "clustering");
        String theme = s.api.call("POST /api/workshops/{id}/themes", Map.of("id", id), facilitator,
                Map.of("category", "not_working", "title", "Breaks")).text("id");
        s.phase(id, facilitator, "theme_voting");
        assertEquals(200, s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme), carer.token(),
                Map.of("dots", 3)).status());

        record Refused(Map<String, Object> body, String error, String says) {}
        for (Refused r : List.of(
                new Refused(Map.of("settings", Map.of("dotBudget", 2, "dotCap", 2)), "would_break_votes", "already put 3 dots"),
                new Refused(Map.of("settings", Map.of("dotCap", 2)), "would_break_votes", "3 on one theme"),
                new Refused(Map.of("perspectives", List.of("I work in a service")), "perspective_in_use", "'carer'"),
                new Refused(Map.of("languages", List.of("en")), "language_in_use", "Welsh"),
                new Refused(Map.of("settings", Map.of("retentionDays", 90)), "retention_fixed", "before anyone takes part"))) {
            ApiClient.Answer answer = patch(id, r.body());
            assertEquals(409, answer.status(), r.body() + ": " + answer.body());
            assertEquals(r.error(), answer.error());
            assertTrue(answer.text("message").contains(r.says()), answer.text("message"));
        }
        ApiClient.Answer fine = patch(id, Map.of("settings", Map.of("dotBudget", 4, "dotCap", 3),
                "perspectives", List.of(Map.of("id", "carer", "label", Map.of("en", "Carer", "cy", "Gofalwr")), "Other")));
        assertEquals(200, fine.status(), fine.body());
        assertEquals(1, s.board(id, carer.token()).json().at("/me/dotsLeft").asInt(), "the votes already given are kept");
    }

    @Test
    void aNewWorkshopStartedFromAnotherCopiesItsSetupButNeverItsPeopleOrWords() {
        ApiClient.Answer first = create(Map.of(
                "title", Map.of("en", "Carers 2026", "cy", "Gofalwyr 2026"),
                "prompts", List.of(Map.of("id", "future", "text", Map.of("en", "What matters next year?", "cy", "Beth sy'n bwysig y flwyddyn nesaf?"))),
                "perspectives", List.of("Carer", "Provider"),
                "settings", Map.of("dotBudget", 7, "dotCap", 2, "facilitatorEmails", List.of("team@example.org"), "day1Date", "2026-03-01")));
        String firstId = first.text("id");
        Scenario.Person person = s.join(firstId, "carer", "en");
        s.say(firstId, person.token(), "working", "The hub");

        ApiClient.Answer copy = s.api.call("POST /api/workshops", Map.of(), facilitator,
                Map.of("copyFrom", firstId, "title", Map.of("en", "Carers 2027", "cy", "Gofalwyr 2027")));
        assertEquals(201, copy.status(), copy.body());
        JsonNode w = copy.json();
        assertFalse(w.path("id").asText().equals(firstId));
        assertFalse(w.path("code").asText().equals(first.text("code")));
        assertEquals("Gofalwyr 2027", w.at("/wording/title/cy").asText());
        assertEquals("Beth sy'n bwysig y flwyddyn nesaf?", w.at("/prompts/2/text/cy").asText());
        assertEquals(List.of("carer", "provider"), List.of(w.at("/perspectives/0/id").asText(), w.at("/perspectives/1/id").asText()));
        assertEquals(7, w.at("/settings/dotBudget").asInt());
        assertEquals("team@example.org", w.at("/settings/facilitatorEmails/0").asText());
        assertTrue(w.at("/settings/day1Date").isMissingNode(), "last run's dates are not copied");
        JsonNode board = s.board(w.path("id").asText(), facilitator).json();
        assertEquals(0, board.path("statements").size());
        assertEquals(0, board.at("/counts/joined").asInt());
        assertEquals("gathering", board.path("phase").asText());

        assertEquals(404, s.api.call("POST /api/workshops", Map.of(), facilitator, Map.of("copyFrom", "01m808c4aa9j8adqqehz29e9xc")).status());
    }
}
