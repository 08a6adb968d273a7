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
    private static final String CODE = S.board(WORKSHOP, FACILITATOR).json().at("/workshop/code").asText();
    private static final String OTHER_WORKSHOP = S.createWorkshop(FACILITATOR, "Another").text("id");
    private static final String UNKNOWN = "01m808c4aa9j8adqqehz29e9xc";
    private static final String THEME = S.api.call("POST /api/workshops/{id}/themes", Map.of("id", WORKSHOP), FACILITATOR,
            Map.of("category", "not_working", "title", "I want a break")).text("id");
    private static final String IDEA = S.api.call("POST /api/workshops/{id}/ideas", Map.of("id", WORKSHOP), FACILITATOR,
            Map.of("lens", "community", "text", "A neighbour rota")).text("id");
    private static final String ACTION = S.api.call("POST /api/workshops/{id}/actions", Map.of("id", WORKSHOP), FACILITATOR,
            Map.of("ideaId", IDEA, "title", "Start the rota", "lead", Map.of("name", "Sam"),
                    "steps", List.of(Map.of("text", "Ask the street", "due", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString()))))
            .text("id");

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
        c.add(new Case("timer below zero", "PUT /api/workshops/{id}/timer", w, F, "{\"seconds\":-1}", 400, "invalid_field"));
        c.add(new Case("timer over three hours", "PUT /api/workshops/{id}/timer", w, F, "{\"seconds\":10801}", 400, "invalid_field"));
        c.add(new Case("timer in minutes as text", "PUT /api/workshops/{id}/timer", w, F, "{\"seconds\":\"5 minutes\"}", 400, "invalid_field"));
        c.add(new Case("timer with a fraction", "PUT /api/workshops/{id}/timer", w, F, "{\"seconds\":1.5}", 400, "invalid_field"));
        c.add(new Case("timer without seconds", "PUT /api/workshops/{id}/timer", w, F, "{}", 400, "missing_field"));
        c.add(new Case("timer without a body", "PUT /api/workshops/{id}/timer", w, F, null, 400, "missing_body"));
        c.add(new Case("timer with an unknown field", "PUT /api/workshops/{id}/timer", w, F, "{\"minutes\":5}", 400, "unknown_field"));
        c.add(new Case("timer of an unknown workshop", "PUT /api/workshops/{id}/timer", Map.of("id", UNKNOWN), F, "{\"seconds\":60}", 404, "workshop_not_found"));
        c.add(new Case("timer as a participant", "PUT /api/workshops/{id}/timer", w, P, "{\"seconds\":60}", 403, "not_allowed"));
        c.add(new Case("timer without a token", "PUT /api/workshops/{id}/timer", w, null, "{\"seconds\":60}", 401, "not_signed_in"));
        c.add(new Case("board without a token", "GET /api/workshops/{id}/board", w, null, null, 401, "not_signed_in"));
        c.add(new Case("board of another workshop", "GET /api/workshops/{id}/board", Map.of("id", OTHER_WORKSHOP), P, null, 403, "not_allowed"));
        c.add(new Case("board of an unknown workshop", "GET /api/workshops/{id}/board", Map.of("id", UNKNOWN), F, null, 404, "workshop_not_found"));
        c.add(new Case("screen link as a participant", "POST /api/workshops/{id}/screen-links", w, P, null, 403, "not_allowed"));
        c.add(new Case("screen link for an unknown workshop", "POST /api/workshops/{id}/screen-links", Map.of("id", UNKNOWN), F, null, 404, "workshop_not_found"));
        c.add(new Case("screen links as a participant", "GET /api/workshops/{id}/screen-links", w, P, null, 403, "not_allowed"));
        c.add(new Case("screen links without a token", "GET /api/workshops/{id}/screen-links", w, null, null, 401, "not_signed_in"));
        c.add(new Case("stop an unknown screen link", "DELETE /api/workshops/{id}/screen-links/{linkId}", Map.of("id", WORKSHOP, "linkId", UNKNOWN), F, null, 404, "screen_link_not_found"));
        c.add(new Case("stop a screen link with a malformed id", "DELETE /api/workshops/{id}/screen-links/{linkId}", Map.of("id", WORKSHOP, "linkId", "../x"), F, null, 404, "not_found"));
        c.add(new Case("stop a screen link as a participant", "DELETE /api/workshops/{id}/screen-links/{linkId}", Map.of("id", WORKSHOP, "linkId", UNKNOWN), P, null, 403, "not_allowed"));
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
        c.add(new Case("statement of only invisible characters", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"\\u200b\\u2060\\u3164\"}", 400, "empty_text"));
        c.add(new Case("statement that flips its direction", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"fine\\u202eenif\"}", 400, "direction_character"));
        c.add(new Case("statement with half an emoji", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"a\\ud83db\"}", 400, "broken_character"));
        c.add(new Case("join with a name of two lines", "POST /api/workshops/{id}/participants", w, null, "{\"perspective\":\"carer\",\"name\":\"Ann\\nBcc: x@example.org\"}", 400, "line_break"));
        c.add(new Case("join with a NUL in the address", "POST /api/workshops/{id}/participants", w, null, "{\"perspective\":\"carer\",\"email\":\"a\\u0000b@example.org\",\"updatesConsent\":true}", 400, "invalid_email"));
        c.add(new Case("sign-in link for two addresses", "POST /api/auth/links", Map.of(), null, "{\"email\":\"a@example.org,b@example.org\"}", 400, "invalid_email"));
        c.add(new Case("theme title of two lines", "POST /api/workshops/{id}/themes", w, F, "{\"category\":\"working\",\"title\":\"x\\r\\ny\"}", 400, "line_break"));
        c.add(new Case("statement with a number for text", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":42}", 400, "invalid_field"));
        c.add(new Case("statement with an unknown source", "POST /api/workshops/{id}/statements", w, F, "{\"prompt\":\"working\",\"text\":\"x\",\"source\":\"fax\"}", 400, "invalid_source"));
        c.add(new Case("participant claiming a paper source", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"x\",\"source\":\"paper\"}", 403, "not_allowed"));
        c.add(new Case("participant writing for someone else", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"x\",\"onBehalfOf\":{\"perspective\":\"carer\"}}", 403, "not_allowed"));
        c.add(new Case("statement in another workshop", "POST /api/workshops/{id}/statements", Map.of("id", OTHER_WORKSHOP), P, "{\"prompt\":\"working\",\"text\":\"x\"}", 403, "not_allowed"));
        c.add(new Case("statement with an unknown field", "POST /api/workshops/{id}/statements", w, P, "{\"prompt\":\"working\",\"text\":\"x\",\"author\":\"me\"}", 400, "unknown_field"));
        c.add(new Case("import without a token", "POST /api/workshops/{id}/imports", w, null, "{\"fileName\":\"a.csv\",\"content\":\"YQ==\"}", 401, "not_signed_in"));
        c.add(new Case("import by a participant", "POST /api/workshops/{id}/imports", w, P, "{\"fileName\":\"a.csv\",\"content\":\"YQ==\"}", 403, "not_allowed"));
        c.add(new Case("import without a file", "POST /api/workshops/{id}/imports", w, F, "{\"fileName\":\"a.csv\"}", 400, "missing_field"));
        c.add(new Case("import with a split that is neither", "POST /api/workshops/{id}/imports", w, F, "{\"fileName\":\"a.csv\",\"content\":\"YQ==\",\"split\":\"word\"}", 400, "invalid_field"));
        c.add(new Case("import with an unknown field", "POST /api/workshops/{id}/imports", w, F, "{\"fileName\":\"a.csv\",\"content\":\"YQ==\",\"sheet\":2}", 400, "unknown_field"));
        c.add(new Case("import into an unknown workshop", "POST /api/workshops/{id}/imports", Map.of("id", UNKNOWN), F, "{\"fileName\":\"a.csv\",\"content\":\"YQ==\"}", 404, "workshop_not_found"));
        c.add(new Case("undo an import that is not there", "DELETE /api/workshops/{id}/imports/{importId}", Map.of("id", w.get("id"), "importId", UNKNOWN), F, null, 404, "import_not_found"));
        c.add(new Case("undo an import by a participant", "DELETE /api/workshops/{id}/imports/{importId}", Map.of("id", w.get("id"), "importId", UNKNOWN), P, null, 403, "not_allowed"));
        c.add(new Case("change a workshop without a token", "PATCH /api/workshops/{id}", w, null, "{\"focus\":\"x\"}", 401, "not_signed_in"));
        c.add(new Case("change a workshop with a title of the wrong type", "PATCH /api/workshops/{id}", w, F, "{\"title\":42}", 400, "invalid_field"));
        c.add(new Case("change a workshop's dots to a word", "PATCH /api/workshops/{id}", w, F, "{\"settings\":{\"dotBudget\":\"five\"}}", 400, "invalid_field"));
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
        Map<String, String> wi = Map.of("id", WORKSHOP, "ideaId", IDEA);
        Map<String, String> wa = Map.of("id", WORKSHOP, "aid", ACTION);
        c.add(new Case("placement off the grid", "PUT /api/workshops/{id}/grid/{ideaId}", wi, P, "{\"effort\":12,\"difference\":3}", 400, "invalid_field"));
        c.add(new Case("placement without a difference", "PUT /api/workshops/{id}/grid/{ideaId}", wi, P, "{\"effort\":2}", 400, "missing_field"));
        c.add(new Case("placement of an idea not shortlisted", "PUT /api/workshops/{id}/grid/{ideaId}", wi, P, "{\"effort\":2,\"difference\":3}", 409, "not_shortlisted"));
        c.add(new Case("placement by a facilitator", "PUT /api/workshops/{id}/grid/{ideaId}", wi, F, "{\"effort\":2,\"difference\":3}", 403, "not_allowed"));
        c.add(new Case("placement of an unknown idea", "PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", WORKSHOP, "ideaId", UNKNOWN), P, "{\"effort\":2,\"difference\":3}", 404, "idea_not_found"));
        c.add(new Case("nudge sideways", "POST /api/workshops/{id}/grid/{ideaId}/nudges", wi, P, "{\"direction\":\"north\"}", 400, "invalid_direction"));
        c.add(new Case("nudge without a direction", "POST /api/workshops/{id}/grid/{ideaId}/nudges", wi, P, "{}", 400, "missing_field"));
        c.add(new Case("nudge without a token", "POST /api/workshops/{id}/grid/{ideaId}/nudges", wi, null, "{\"direction\":\"up\"}", 401, "not_signed_in"));
        c.add(new Case("fix by a participant", "PUT /api/workshops/{id}/grid/{ideaId}/fixed", wi, P, "{\"effort\":2,\"difference\":3}", 403, "not_allowed"));
        c.add(new Case("fix off the grid", "PUT /api/workshops/{id}/grid/{ideaId}/fixed", wi, F, "{\"effort\":2,\"difference\":30}", 400, "invalid_field"));
        c.add(new Case("unfix by a participant", "DELETE /api/workshops/{id}/grid/{ideaId}/fixed", wi, P, null, 403, "not_allowed"));
        c.add(new Case("shortlist without ids", "PUT /api/workshops/{id}/shortlist", w, F, "{}", 400, "missing_field"));
        c.add(new Case("shortlist of unknown ideas", "PUT /api/workshops/{id}/shortlist", w, F, "{\"ideaIds\":[\"" + UNKNOWN + "\"]}", 404, "idea_not_found"));
        c.add(new Case("shortlist by a participant", "PUT /api/workshops/{id}/shortlist", w, P, "{\"ideaIds\":[]}", 403, "not_allowed"));
        c.add(new Case("plan outside its stage", "POST /api/workshops/{id}/actions", w, P, "{\"ideaId\":\"" + IDEA + "\",\"title\":\"x\",\"lead\":{\"name\":\"Sam\"},\"steps\":[{\"text\":\"x\",\"due\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\"}]}", 409, "wrong_phase"));
        c.add(new Case("plan without a lead", "POST /api/workshops/{id}/actions", w, F, "{\"ideaId\":\"" + IDEA + "\",\"title\":\"x\",\"steps\":[]}", 400, "missing_field"));
        c.add(new Case("plan with steps as text", "POST /api/workshops/{id}/actions", w, F, "{\"ideaId\":\"" + IDEA + "\",\"title\":\"x\",\"lead\":{\"name\":\"Sam\"},\"steps\":\"soon\"}", 400, "invalid_field"));
        c.add(new Case("plan with a first step without a date", "POST /api/workshops/{id}/actions", w, F, "{\"ideaId\":\"" + IDEA + "\",\"title\":\"x\",\"lead\":{\"name\":\"Sam\"},\"steps\":[{\"text\":\"x\"}]}", 400, "missing_date"));
        c.add(new Case("plan with a step last year", "POST /api/workshops/{id}/actions", w, F, "{\"ideaId\":\"" + IDEA + "\",\"title\":\"x\",\"lead\":{\"name\":\"Sam\"},\"steps\":[{\"text\":\"x\",\"due\":\"2020-01-01\"}]}", 400, "date_in_past"));
        c.add(new Case("plan with an email but no consent", "POST /api/workshops/{id}/actions", w, F, "{\"ideaId\":\"" + IDEA + "\",\"title\":\"x\",\"lead\":{\"name\":\"Sam\",\"email\":\"sam@example.org\"},\"steps\":[]}", 400, "email_without_consent"));
        c.add(new Case("plan for an unknown idea", "POST /api/workshops/{id}/actions", w, F, "{\"ideaId\":\"" + UNKNOWN + "\",\"title\":\"x\",\"lead\":{\"name\":\"Sam\"},\"steps\":[{\"text\":\"x\",\"due\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")) + "\"}]}", 404, "idea_not_found"));
        c.add(new Case("sign up outside its stage", "POST /api/workshops/{id}/actions/{aid}/supporters", wa, P, null, 409, "wrong_phase"));
        c.add(new Case("sign up by a facilitator", "POST /api/workshops/{id}/actions/{aid}/supporters", wa, F, null, 403, "not_allowed"));
        c.add(new Case("leave a plan outside its stage", "DELETE /api/workshops/{id}/actions/{aid}/supporters/me", wa, P, null, 409, "wrong_phase"));
        c.add(new Case("plan read by a participant", "GET /api/workshops/{id}/actions/{aid}", wa, P, null, 403, "not_allowed"));
        c.add(new Case("plan read of an unknown plan", "GET /api/workshops/{id}/actions/{aid}", Map.of("id", WORKSHOP, "aid", UNKNOWN), F, null, 404, "action_not_found"));
        c.add(new Case("update with an unknown status", "POST /api/workshops/{id}/actions/{aid}/updates", wa, F, "{\"text\":\"x\",\"status\":\"finished\"}", 400, "invalid_status"));
        c.add(new Case("update without text", "POST /api/workshops/{id}/actions/{aid}/updates", wa, F, "{\"status\":\"done\"}", 400, "missing_field"));
        c.add(new Case("update by a participant", "POST /api/workshops/{id}/actions/{aid}/updates", wa, P, "{\"text\":\"x\",\"status\":\"done\"}", 403, "not_allowed"));
        c.add(new Case("update of an unknown plan", "POST /api/workshops/{id}/actions/{aid}/updates", Map.of("id", WORKSHOP, "aid", UNKNOWN), F, "{\"text\":\"x\",\"status\":\"done\"}", 404, "action_not_found"));
        c.add(new Case("second day summary of an unknown workshop", "POST /api/workshops/{id}/summaries", Map.of("id", UNKNOWN), F, "{\"day\":2}", 404, "workshop_not_found"));
        c.add(new Case("export by a participant", "GET /api/workshops/{id}/export.csv", w, P, null, 403, "not_allowed"));
        c.add(new Case("export of an unknown workshop", "GET /api/workshops/{id}/export.csv", Map.of("id", UNKNOWN), F, null, 404, "workshop_not_found"));
        c.add(new Case("report without a token", "GET /api/workshops/{id}/report", w, null, null, 401, "not_signed_in"));
        c.add(new Case("delete without confirming", "DELETE /api/workshops/{id}", w, F, "{}", 400, "missing_field"));
        c.add(new Case("delete with the wrong code", "DELETE /api/workshops/{id}", w, F, "{\"confirm\":\"NOTIT1\"}", 400, "confirm_code"));
        c.add(new Case("delete by a participant", "DELETE /api/workshops/{id}", w, P, "{\"confirm\":\"x\"}", 403, "not_allowed"));
        c.add(new Case("new lead without a name", "PATCH /api/workshops/{id}/actions/{aid}", wa, F, "{\"lead\":{}}", 400, "missing_field"));
        c.add(new Case("new lead by a participant", "PATCH /api/workshops/{id}/actions/{aid}", wa, P, "{\"lead\":{\"name\":\"Me\"}}", 403, "not_allowed"));
        c.add(new Case("outcomes before the days are over", "GET /api/outcomes/{code}", Map.of("code", CODE), null, null, 409, "not_published_yet"));
        c.add(new Case("outcomes of an unknown code", "GET /api/outcomes/{code}", Map.of("code", "ZZZZZZ"), null, null, 404, "code_not_found"));
        return c;
    }

    /** Bodies no route may take, each with the status and code it must get. */
    private record Malformed(String name, String body, Map<String, String> headers, int status, String error) {}

    private static List<Malformed> malformed() {
        return List.of(
                new Malformed("nested 25 deep", "{\"a\":" + "[".repeat(25) + "]".repeat(25) + "}", Map.of(), 400, "malformed_json"),
                new Malformed("a number of 2,000 digits", "{\"a\":" + "9".repeat(2000) + "}", Map.of(), 400, "malformed_json"),
                new Malformed("trailing garbage", "{\"a\":1} garbage", Map.of(), 400, "malformed_json"),
                new Malformed("two objects", "{\"a\":1}{\"a\":2}", Map.of(), 400, "malformed_json"),
                new Malformed("a key given twice", "{\"a\":1,\"a\":2}", Map.of(), 400, "malformed_json"),
                new Malformed("sent as plain text", "{\"a\":1}", Map.of("content-type", "text/plain"), 415, "unsupported_media_type"),
                new Malformed("sent as a form", "a=1", Map.of("content-type", "application/x-www-form-urlencoded"), 415, "unsupported_media_type"),
                new Malformed("without a content type", "{\"a\":1}", Map.of("content-type", ""), 415, "unsupported_media_type"),
                new Malformed("in another character set", "{\"a\":1}", Map.of("content-type", "application/json; charset=latin1"), 415, "unsupported_media_type"));
    }

    /** Every route whose sample event carries a body, with the ids of things that exist. */
    private static List<String> bodyRoutes() {
        List<String> routes = new ArrayList<>();
        for (Template.Function function : LocalAws.TEMPLATE.functions()) {
            for (Template.Route route : function.routes()) {
                if (ApiClient.sampleEvent(route.key()).hasNonNull("body")) routes.add(route.key());
            }
        }
        return routes;
    }

    private static Map<String, String> pathFor(String route) {
        Map<String, String> known = Map.of("id", WORKSHOP, "sid", STATEMENT, "tid", THEME, "aid", ACTION, "ideaId", IDEA,
                "targetId", THEME, "code", CODE, "itemId", STATEMENT);
        Map<String, String> path = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(route);
        while (m.find()) path.put(m.group(1), known.getOrDefault(m.group(1), UNKNOWN));
        return path;
    }

    @TestFactory
    Stream<DynamicTest> everyRouteRefusesMalformedBodies() {
        List<String> routes = bodyRoutes();
        assertTrue(routes.size() >= 28, "routes with a body: " + routes);
        return routes.stream().flatMap(route -> malformed().stream().map(m -> DynamicTest.dynamicTest(route + ": " + m.name(), () -> {
            ApiClient.Answer answer = S.api.send(route, pathFor(route), FACILITATOR, m.body(), Map.of(), m.headers());
            if (answer.status() == 403) answer = S.api.send(route, pathFor(route), PERSON.token(), m.body(), Map.of(), m.headers());
            assertEquals(m.status(), answer.status(), answer.body());
            assertEquals(m.error(), answer.error(), answer.body());
            assertTrue(answer.text("message").endsWith("."), answer.body());
        })));
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
}
