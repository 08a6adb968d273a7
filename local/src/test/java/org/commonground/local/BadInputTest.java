package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route, fed bad input of every kind, answers 4xx with a machine code and a sentence a
 * person can act on; afterwards everything saved before is still there.
 */
class BadInputTest {
    private static final Scenario S = new Scenario();
    private static final String FACILITATOR = S.facilitator();
    private static final String WORKSHOP = S.createWorkshop(FACILITATOR, "Bad input").text("id");
    private static final Scenario.Person PERSON = S.join(WORKSHOP, "carer", "en");
    private static final String STATEMENT = S.say(WORKSHOP, PERSON.token(), "working", "Kept safe").text("id");
    private static final String OTHER_WORKSHOP = S.createWorkshop(FACILITATOR, "Another").text("id");
    private static final String UNKNOWN = "01m808c4aa9j8adqqehz29e9xc";
    private static final String THEME = S.api.call("POST /api/workshops/{id}/themes", Map.of("id", WORKSHOP), FACILITATOR,
            Map.of("category", "not_working", "title", "I want a break")).text("id");

    private record Case(String name, String route, Map<String, String> path, String token, String body, int status, String error) {}

    private static final String F = "facilitator";
    private static final String P = "participant";

    private static String token(String who) {
        if (who == null) return null;
        return switch (who) {
            case F -> FACILITATOR;
            case P -> PERSON.token();
            case "bogus" -> "not-a-real-token";
            default -> null;
        };
    }

    private static List<Case> cases() {
        Map<String, String> w = Map.of("id", WORKSHOP);
        Map<String, String> ws = Map.of("id", WORKSHOP, "sid", STATEMENT);
        String longText = "a".repeat(2001);
        List<Case> c = new ArrayList<>();
        c.add(new Case("sign-in link without a body", "POST /api/auth/links", Map.of(), null, null, 400, "missing_body"));
        c.add(new Case("sign-in link with a malformed address", "POST /api/auth/links", Map.of(), null, "{\"email\":\"nobody\"}", 400, "invalid_email"));
        c.add(new Case("sign-in link with a number for an address", "POST /api/auth/links", Map.of(), null, "{\"email\":5}", 400, "invalid_field"));
        c.add(new Case("session with an unknown link", "POST /api/auth/sessions", Map.of(), null, "{\"linkToken\":\"nope\"}", 401, "not_signed_in"));
        c.add(new Case("session with an unknown field", "POST /api/auth/sessions", Map.of(), null, "{\"token\":\"x\"}", 400, "unknown_field"));
        c.add(new Case("sign out without a session", "DELETE /api/auth/sessions/current", Map.of(), null, null, 401, "not_signed_in"));
        c.add(new Case("sign out as a participant", "DELETE /api/auth/sessions/current", Map.of(), P, null, 403, "not_allowed"));
        c.add(new Case("create without a title", "POST /api/workshops", Map.of(), F, "{\"focus\":\"x\"}", 400, "missing_field"));
        c.add(new Case("create with malformed JSON", "POST /api/workshops", Map.of(), F, "{\"title\":", 400, "malformed_json"));
        c.add(new Case("create with a list for a body", "POST /api/workshops", Map.of(), F, "[]", 400, "malformed_json"));
        c.add(new Case("create with an oversized body", "POST /api/workshops", Map.of(), F, "{\"title\":\"" + "x".repeat(70_000) + "\"}", 413, "too_large"));
        c.add(new Case("create with a bogus token", "POST /api/workshops", Map.of(), "bogus", "{\"title\":\"x\"}", 401, "not_signed_in"));
        c.add(new Case("create as a participant", "POST /api/workshops", Map.of(), P, "{\"title\":\"x\"}", 403, "not_allowed"));
        c.add(new Case("list without a token", "GET /api/workshops", Map.of(), null, null, 401, "not_signed_in"));
        c.add(new Case("join an unknown code", "GET /api/join/{code}", Map.of("code", "ZZZZZZ"), null, null, 404, "code_not_found"));
        c.add(new Case("join a code with symbols", "GET /api/join/{code}", Map.of("code", "<script>"), null, null, 404, "code_not_found"));
        c.add(new Case("QR for an unknown code", "GET /api/join/{code}/qr.svg", Map.of("code", "ZZZZZZ"), null, null, 404, "code_not_found"));
        c.add(new Case("phase that does not exist", "PUT /api/workshops/{id}/phase", w, F, "{\"phase\":\"lunch\"}", 400, "invalid_phase"));
        c.add(new Case("phase of an unknown workshop", "PUT /api/workshops/{id}/phase", Map.of("id", UNKNOWN), F, "{\"phase\":\"grid\"}", 404, "workshop_not_found"));
        c.add(new Case("phase with a malformed id", "PUT /api/workshops/{id}/phase", Map.of("id", "../etc"), F, "{\"phase\":\"grid\"}", 404, "not_found"));
        c.add(new Case("phase as a participant", "PUT /api/workshops/{id}/phase", w, P, "{\"phase\":\"grid\"}", 403, "not_allowed"));
        c.add(new Case("board without a token", "GET /api/workshops/{id}/board", w, null, null, 401, "not_signed_in"));
        c.add(new Case("board of another workshop", "GET /api/workshops/{id}/board", Map.of("id", OTHER_WORKSHOP), P, null, 403, "not_allowed"));
        c.add(new Case("board of an unknown workshop", "GET /api/workshops/{id}/board", Map.of("id", UNKNOWN), F, null, 404, "workshop_not_found"));
        c.add(new Case("screen link as a participant", "POST /api/workshops/{id}/screen-links", w, P, null, 403, "not_allowed"));
        c.add(new Case("screen link for an unknown workshop", "POST /api/workshops/{id}/screen-links", Map.of("id", UNKNOWN), F, null, 404, "workshop_not_found"));
        c.add(new Case("join without a perspective", "POST /api/workshops/{id}/participants", w, null, "{\"language\":\"en\"}", 400, "missing_field"));
        c.add(new Case("join with an unknown perspective", "POST /api/workshops/{id}/participants", w, null, "{\"perspective\":\"alien\"}", 400, "invalid_perspective"));
        c.add(new Case("join in French", "POST /api/workshops/{id}/participants", w, null, "{\"perspective\":\"carer\",\"language\":\"fr\"}", 400, "invalid_language"));
        c.add(new Case("join with a text for consent", "POST /api/workshops/{id}/participants", w, null, "{\"perspective\":\"carer\",\"updatesConsent\":\"yes\"}", 400, "invalid_field"));
        c.add(new Case("join an unknown workshop", "POST /api/workshops/{id}/participants", Map.of("id", UNKNOWN), null, "{\"perspective\":\"carer\"}", 404, "workshop_not_found"));
        c.add(new Case("erase without a token", "DELETE /api/workshops/{id}/participants/me", w, null, null, 401, "not_signed_in"));
        c.add(new Case("erase as a facilitator", "DELETE /api/workshops/{id}/participants/me", w, F, null, 403, "not_allowed"));
        c.add(new Case("erase in another workshop", "DELETE /api/workshops/{id}/participants/me", Map.of("id", OTHER_WORKSHOP), P, null, 403, "not_allowed"));
        c.add(new Case("statement with an unknown prompt", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"later\",\"text\":\"x\"}", 400, "invalid_prompt"));
        c.add(new Case("statement without text", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\"}", 400, "missing_field"));
        c.add(new Case("statement of only spaces", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"   \"}", 400, "empty_text"));
        c.add(new Case("statement too long", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"" + longText + "\"}", 400, "text_too_long"));
        c.add(new Case("statement with a control character", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"a\\u0000b\"}", 400, "control_character"));
        c.add(new Case("statement with a number for text", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":42}", 400, "invalid_field"));
        c.add(new Case("statement with an unknown source", "POST /api/workshops/{id}/statements", w, F, "{\"prompt\":\"working\",\"text\":\"x\",\"source\":\"fax\"}", 400, "invalid_source"));
        c.add(new Case("participant claiming a paper source", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"x\",\"source\":\"paper\"}", 403, "not_allowed"));
        c.add(new Case("participant writing for someone else", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"x\",\"onBehalfOf\":{\"perspective\":\"carer\"}}", 403, "not_allowed"));
        c.add(new Case("statement in another workshop", "POST /api/workshops/{id}/statements", Map.of("id", OTHER_WORKSHOP), P, "{\"prompt\":\"working\",\"text\":\"x\"}", 403, "not_allowed"));
        c.add(new Case("statement with an unknown field", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"x\",\"author\":\"me\"}", 400, "unknown_field"));
        c.add(new Case("change with nothing to change", "PATCH /api/workshops/{id}/statements/{sid}", ws, P, "{}", 400, "nothing_to_change"));
        c.add(new Case("change to empty text", "PATCH /api/workshops/{id}/statements/{sid}", ws, P, "{\"text\":\"\"}", 400, "empty_text"));
        c.add(new Case("hide as a participant", "PATCH /api/workshops/{id}/statements/{sid}", ws, P, "{\"hidden\":true}", 403, "not_allowed"));
        c.add(new Case("hide with a text flag", "PATCH /api/workshops/{id}/statements/{sid}", ws, F, "{\"hidden\":\"yes\"}", 400, "invalid_field"));
        c.add(new Case("change an unknown statement", "PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", WORKSHOP, "sid", UNKNOWN), P, "{\"text\":\"x\"}", 404, "statement_not_found"));
        c.add(new Case("withdraw without a token", "DELETE /api/workshops/{id}/statements/{sid}", ws, null, null, 401, "not_signed_in"));
        c.add(new Case("withdraw an unknown statement", "DELETE /api/workshops/{id}/statements/{sid}", Map.of("id", WORKSHOP, "sid", UNKNOWN), P, null, 404, "statement_not_found"));
        c.add(new Case("withdraw with a malformed id", "DELETE /api/workshops/{id}/statements/{sid}", Map.of("id", WORKSHOP, "sid", "x"), P, null, 404, "not_found"));
        Map<String, String> wt = Map.of("id", WORKSHOP, "tid", THEME);
        c.add(new Case("theme with an unknown category", "POST /api/workshops/{id}/themes", w, F, "{\"category\":\"maybe\",\"title\":\"x\"}", 400, "invalid_category"));
        c.add(new Case("theme without a title", "POST /api/workshops/{id}/themes", w, F, "{\"category\":\"working\"}", 400, "missing_field"));
        c.add(new Case("theme made by a participant", "POST /api/workshops/{id}/themes", w, P, "{\"category\":\"working\",\"title\":\"x\"}", 403, "not_allowed"));
        c.add(new Case("theme change without a version", "PATCH /api/workshops/{id}/themes/{tid}", wt, F, "{\"title\":\"x\"}", 400, "missing_field"));
        c.add(new Case("theme change of an unknown theme", "PATCH /api/workshops/{id}/themes/{tid}", Map.of("id", WORKSHOP, "tid", UNKNOWN), F, "{\"title\":\"x\",\"version\":1}", 404, "theme_not_found"));
        c.add(new Case("theme title too long", "PATCH /api/workshops/{id}/themes/{tid}", wt, F, "{\"title\":\"" + "x".repeat(201) + "\",\"version\":1}", 400, "text_too_long"));
        c.add(new Case("move into an unknown theme", "PUT /api/workshops/{id}/statements/{sid}/theme", ws, F, "{\"themeId\":\"" + UNKNOWN + "\"}", 404, "theme_not_found"));
        c.add(new Case("move into a theme of another question", "PUT /api/workshops/{id}/statements/{sid}/theme", ws, F, "{\"themeId\":\"" + THEME + "\"}", 400, "wrong_category"));
        c.add(new Case("move without saying where", "PUT /api/workshops/{id}/statements/{sid}/theme", ws, F, "{}", 400, "missing_field"));
        c.add(new Case("merge into itself", "POST /api/workshops/{id}/themes/{tid}/merge", wt, F, "{\"intoThemeId\":\"" + THEME + "\"}", 400, "same_theme"));
        c.add(new Case("vote outside voting", "PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", WORKSHOP, "targetId", THEME), P, "{\"dots\":1}", 409, "wrong_phase"));
        c.add(new Case("vote with negative dots", "PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", WORKSHOP, "targetId", THEME), P, "{\"dots\":-1}", 400, "invalid_field"));
        c.add(new Case("vote without dots", "PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", WORKSHOP, "targetId", THEME), P, "{}", 400, "missing_field"));
        c.add(new Case("vote by a facilitator", "PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", WORKSHOP, "targetId", THEME), F, "{\"dots\":1}", 403, "not_allowed"));
        c.add(new Case("cause outside its stage", "POST /api/workshops/{id}/causes", w, P, "{\"themeId\":\"" + THEME + "\",\"text\":\"x\"}", 409, "wrong_phase"));
        c.add(new Case("cause under an unknown cause", "POST /api/workshops/{id}/causes", w, F, "{\"themeId\":\"" + THEME + "\",\"parentId\":\"" + UNKNOWN + "\",\"text\":\"x\"}", 404, "cause_not_found"));
        c.add(new Case("cause for an unknown theme", "POST /api/workshops/{id}/causes", w, F, "{\"themeId\":\"nope\",\"text\":\"x\"}", 404, "theme_not_found"));
        c.add(new Case("success without a perspective", "POST /api/workshops/{id}/success", w, F, "{\"themeId\":\"" + THEME + "\",\"text\":\"x\"}", 400, "missing_field"));
        c.add(new Case("success outside its stage", "POST /api/workshops/{id}/success", w, P, "{\"themeId\":\"" + THEME + "\",\"perspective\":\"carer\",\"text\":\"x\"}", 409, "wrong_phase"));
        c.add(new Case("order without a list", "POST /api/workshops/{id}/themes/{tid}/order", wt, F, "{}", 400, "missing_field"));
        c.add(new Case("order with numbers for ids", "POST /api/workshops/{id}/themes/{tid}/order", wt, F, "{\"statementIds\":[1,2]}", 400, "invalid_order"));
        c.add(new Case("order of an unknown theme", "POST /api/workshops/{id}/themes/{tid}/order", Map.of("id", WORKSHOP, "tid", UNKNOWN), F, "{\"statementIds\":[]}", 404, "theme_not_found"));
        c.add(new Case("order by a participant", "POST /api/workshops/{id}/themes/{tid}/order", wt, P, "{\"statementIds\":[]}", 403, "not_allowed"));
        c.add(new Case("in place outside its stage", "POST /api/workshops/{id}/in-place", w, P, "{\"themeId\":\"" + THEME + "\",\"text\":\"x\"}", 409, "wrong_phase"));
        c.add(new Case("in place for an unknown theme", "POST /api/workshops/{id}/in-place", w, F, "{\"themeId\":\"" + UNKNOWN + "\",\"text\":\"x\"}", 404, "theme_not_found"));
        c.add(new Case("in place without text", "POST /api/workshops/{id}/in-place", w, F, "{\"themeId\":\"" + THEME + "\"}", 400, "missing_field"));
        c.add(new Case("idea through an unknown lens", "POST /api/workshops/{id}/ideas", w, F, "{\"lens\":\"chef\",\"text\":\"x\"}", 400, "invalid_lens"));
        c.add(new Case("idea outside its stage", "POST /api/workshops/{id}/ideas", w, P, "{\"lens\":\"radical\",\"text\":\"x\"}", 409, "wrong_phase"));
        c.add(new Case("idea too long", "POST /api/workshops/{id}/ideas", w, F, "{\"lens\":\"radical\",\"text\":\"" + "x".repeat(1001) + "\"}", 400, "text_too_long"));
        c.add(new Case("suggestions for an unknown question", "POST /api/workshops/{id}/theme-suggestions", w, F, "{\"category\":\"later\"}", 400, "invalid_category"));
        c.add(new Case("suggestions asked by a participant", "POST /api/workshops/{id}/theme-suggestions", w, P, "{}", 403, "not_allowed"));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyMistakeGetsAClear4xx() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ApiClient.Answer answer = S.api.send(c.route(), c.path(), token(c.token()), c.body(), Map.of());
            assertEquals(c.status(), answer.status(), answer.body());
            assertEquals(c.error(), answer.error(), answer.body());
            String message = answer.text("message");
            assertTrue(message != null && message.length() > 15 && message.endsWith("."), "a sentence: " + message);
            assertFalse(message.contains("Exception") || message.contains("null"), message);
            var board = S.board(WORKSHOP, FACILITATOR).json();
            assertEquals("Kept safe", board.at("/statements/0/text").asText(), "nothing saved is lost");
            assertEquals("gathering", board.path("phase").asText());
        }));
    }

    @TestFactory
    Stream<DynamicTest> partsNotBuiltYetSaySoPlainly() {
        List<String> later = new ArrayList<>(List.of("POST /api/workshops/{id}/actions", "POST /api/workshops/{id}/actions/{aid}/supporters",
                "POST /api/workshops/{id}/actions/{aid}/updates"));
        LocalAws.TEMPLATE.functions().stream()
                .filter(f -> f.logicalId().equals("GridFunction"))
                .forEach(f -> f.routes().forEach(r -> later.add(r.key())));
        assertEquals(5, later.size());
        return later.stream().map(route -> DynamicTest.dynamicTest(route, () -> {
            ApiClient.Answer answer = S.api.send(route, Map.of(), FACILITATOR, "{}", Map.of());
            assertEquals(501, answer.status());
            assertEquals("not_available_yet", answer.error());
            assertTrue(answer.text("message").contains("not available in this version"), answer.text("message"));
        }));
    }

}
