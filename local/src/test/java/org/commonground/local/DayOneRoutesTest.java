package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.aws.Keys;
import org.commonground.aws.Table;
import org.junit.jupiter.api.Test;

/** Day 1 through the API: themes, dots, root causes and success. */
class DayOneRoutesTest {
    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();
    private final String id = s.createWorkshop(facilitator, "Day one").text("id");
    private final Map<String, String> w = Map.of("id", id);

    private String theme(String category, String title) {
        ApiClient.Answer created = s.api.call("POST /api/workshops/{id}/themes", w, facilitator, Map.of("category", category, "title", title));
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    private ApiClient.Answer move(String statementId, String themeId, String token) {
        String body = themeId == null ? "{\"themeId\": null}" : "{\"themeId\": \"" + themeId + "\"}";
        return s.api.send("PUT /api/workshops/{id}/statements/{sid}/theme", Map.of("id", id, "sid", statementId), token, body, Map.of());
    }

    private JsonNode themeOn(JsonNode board, String themeId) {
        for (JsonNode t : board.path("themes")) if (t.path("id").asText().equals(themeId)) return t;
        return null;
    }

    private ApiClient.Answer vote(String token, String themeId, int dots) {
        return s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", themeId), token, Map.of("dots", dots));
    }

    @Test
    void theRoomGroupsStatementsIntoThemesWithinEachQuestion() {
        Scenario.Person person = s.join(id, "carer", "en");
        String a = s.say(id, person.token(), "not_working", "No break in two years").text("id");
        String b = s.say(id, person.token(), "not_working", "Respite is booked up for months").text("id");
        String c = s.say(id, person.token(), "working", "The Tuesday group").text("id");
        assertEquals(200, s.phase(id, facilitator, "clustering").status());

        String breaks = theme("not_working", "I want a proper break now and then");
        String waiting = theme("not_working", "I want help when I need it");
        assertEquals(200, move(a, breaks, facilitator).status());
        assertEquals(200, move(b, waiting, facilitator).status());
        ApiClient.Answer wrong = move(c, breaks, facilitator);
        assertEquals(400, wrong.status());
        assertEquals("wrong_category", wrong.error());
        assertEquals(403, move(a, waiting, person.token()).status(), "only facilitators move statements");

        JsonNode board = s.board(id, person.token()).json();
        assertEquals(3, board.path("statements").size(), "from clustering on, everyone sees the statements");
        board.path("statements").forEach(st -> assertFalse(st.has("perspective")));
        assertEquals(1, themeOn(board, breaks).path("count").asInt());

        // Merge: everything moves, the emptied theme goes.
        ApiClient.Answer merged = s.api.call("POST /api/workshops/{id}/themes/{tid}/merge", Map.of("id", id, "tid", waiting), facilitator,
                Map.of("intoThemeId", breaks));
        assertEquals(200, merged.status(), merged.body());
        board = s.board(id, facilitator).json();
        assertEquals(1, board.path("themes").size());
        assertEquals(2, themeOn(board, breaks).path("count").asInt());

        // Back to unsorted (the undo of a first move).
        assertEquals(200, move(a, null, facilitator).status());
        assertEquals(1, themeOn(s.board(id, facilitator).json(), breaks).path("count").asInt());
    }

    @Test
    void theRoomPutsAThemesStatementsInTheOrderItWants() {
        Scenario.Person person = s.join(id, "carer", "en");
        List<String> ids = new ArrayList<>();
        for (String text : List.of("First said", "Second said", "Third said")) ids.add(s.say(id, person.token(), "future", text).text("id"));
        String t = theme("future", "I want time for me");
        for (String sid : ids) assertEquals(200, move(sid, t, facilitator).status());
        assertEquals(ids, list(themeOn(s.board(id, facilitator).json(), t).path("statementIds")), "moved in, in the order moved");

        List<String> wanted = List.of(ids.get(2), ids.get(0), ids.get(1));
        Map<String, String> path = Map.of("id", id, "tid", t);
        assertEquals(200, s.api.call("POST /api/workshops/{id}/themes/{tid}/order", path, facilitator, Map.of("statementIds", wanted)).status());
        assertEquals(wanted, list(themeOn(s.board(id, person.token()).json(), t).path("statementIds")));

        String other = s.say(id, person.token(), "future", "Not in the theme").text("id");
        ApiClient.Answer stale = s.api.call("POST /api/workshops/{id}/themes/{tid}/order", path, facilitator, Map.of("statementIds", List.of(other, ids.get(0))));
        assertEquals(409, stale.status());
        assertEquals(wanted, list(themeOn(s.board(id, facilitator).json(), t).path("statementIds")), "nothing changed");
        assertEquals("invalid_order", s.api.call("POST /api/workshops/{id}/themes/{tid}/order", path, facilitator,
                Map.of("statementIds", List.of(ids.get(0), ids.get(0)))).error());
    }

    @Test
    void aThemeTitleChangesOnlyFromTheVersionSeen() {
        String t = theme("future", "I want time for me");
        Map<String, String> path = Map.of("id", id, "tid", t);
        ApiClient.Answer first = s.api.call("PATCH /api/workshops/{id}/themes/{tid}", path, facilitator, Map.of("title", "I want time for myself", "version", 1));
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.json().path("version").asInt());
        ApiClient.Answer stale = s.api.call("PATCH /api/workshops/{id}/themes/{tid}", path, facilitator, Map.of("title", "Something else", "version", 1));
        assertEquals(409, stale.status());
        assertEquals("stale_version", stale.error());
        assertEquals("I want time for myself", themeOn(s.board(id, facilitator).json(), t).path("title").asText());
        assertEquals(400, s.api.call("PATCH /api/workshops/{id}/themes/{tid}", path, facilitator, Map.of("title", "x")).status());
    }

    @Test
    void dotsRespectTheBudgetAndCapAndCountByPerspective() {
        String one = theme("not_working", "One");
        String two = theme("not_working", "Two");
        String three = theme("working", "Three");
        Scenario.Person carer = s.join(id, "carer", "en");
        Scenario.Person provider = s.join(id, "provider", "en");
        assertEquals(409, vote(carer.token(), one, 1).status(), "voting is closed until its phase");
        assertEquals(200, s.phase(id, facilitator, "theme_voting").status());

        ApiClient.Answer placed = vote(carer.token(), one, 3);
        assertEquals(200, placed.status(), placed.body());
        assertEquals(2, placed.json().path("dotsLeft").asInt());
        ApiClient.Answer capped = vote(carer.token(), two, 4);
        assertEquals(409, capped.status());
        assertEquals("over_cap", capped.error());
        assertEquals(200, vote(carer.token(), two, 2).status());
        ApiClient.Answer over = vote(carer.token(), three, 1);
        assertEquals(409, over.status());
        assertEquals("over_budget", over.error());
        assertEquals(200, vote(carer.token(), one, 1).status(), "taking dots off frees them");
        assertEquals(200, vote(carer.token(), three, 2).status());
        assertEquals(200, vote(provider.token(), one, 3).status());
        assertEquals(403, vote(facilitator, one, 1).status(), "facilitators do not vote");

        JsonNode board = s.board(id, carer.token()).json();
        assertEquals(4, themeOn(board, one).path("dots").asInt());
        assertEquals(1, themeOn(board, one).path("myDots").asInt());
        assertEquals(1, themeOn(board, one).path("dotsByPerspective").path("carer").asInt());
        assertEquals(3, themeOn(board, one).path("dotsByPerspective").path("provider").asInt());
        assertEquals(0, board.at("/me/dotsLeft").asInt());
        assertEquals(List.of(one, two), list(board.path("priorities")).subList(0, 2), "priorities are the top not-working themes");
    }

    @Test
    void erasingSomeoneTakesTheirDotsOffTheTotals() {
        String one = theme("not_working", "One");
        Scenario.Person leaving = s.join(id, "carer", "en");
        Scenario.Person staying = s.join(id, "provider", "en");
        assertEquals(200, s.phase(id, facilitator, "theme_voting").status());
        assertEquals(200, vote(leaving.token(), one, 3).status());
        assertEquals(200, vote(staying.token(), one, 2).status());
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/participants/me", w, leaving.token(), null).status());

        JsonNode t = themeOn(s.board(id, facilitator).json(), one);
        assertEquals(2, t.path("dots").asInt());
        assertEquals(0, t.path("dotsByPerspective").path("carer").asInt());
        Table table = new Table(s.deployment.dynamo(), s.deployment.configuration().tableName());
        table.partition(Keys.workshop(id)).forEach(item ->
                assertFalse(leaving.participantId().equals(Table.text(item, "participantId")), "left behind: " + item));
    }

    @Test
    void peopleAskWhyUpToFiveLevelsAndSaySuccessFromEachPerspective() {
        String t = theme("not_working", "I want a proper break");
        String working = theme("working", "Good neighbours");
        Scenario.Person person = s.join(id, "carer", "en");
        Map<String, Object> first = Map.of("themeId", t, "text", "Respite is booked weeks ahead");
        assertEquals(409, s.api.call("POST /api/workshops/{id}/causes", w, person.token(), first).status());
        assertEquals(200, s.phase(id, facilitator, "root_causes").status());

        String parent = s.api.call("POST /api/workshops/{id}/causes", w, person.token(), first).text("id");
        for (int depth = 2; depth <= 5; depth++) {
            ApiClient.Answer why = s.api.call("POST /api/workshops/{id}/causes", w, person.token(),
                    Map.of("themeId", t, "parentId", parent, "text", "Because " + depth));
            assertEquals(201, why.status(), why.body());
            assertEquals(depth, why.json().path("depth").asInt());
            parent = why.text("id");
        }
        ApiClient.Answer tooDeep = s.api.call("POST /api/workshops/{id}/causes", w, person.token(), Map.of("themeId", t, "parentId", parent, "text", "x"));
        assertEquals(400, tooDeep.status());
        assertEquals("too_deep", tooDeep.error());
        assertEquals("wrong_category", s.api.call("POST /api/workshops/{id}/causes", w, person.token(), Map.of("themeId", working, "text", "x")).error());

        assertEquals(409, s.api.call("POST /api/workshops/{id}/success", w, person.token(),
                Map.of("themeId", t, "perspective", "carer", "text", "I can book a break next week")).status());
        assertEquals(200, s.phase(id, facilitator, "success").status());
        for (String perspective : List.of("carer", "provider", "commissioner")) {
            assertEquals(201, s.api.call("POST /api/workshops/{id}/success", w, person.token(),
                    Map.of("themeId", t, "perspective", perspective, "text", "Success for " + perspective)).status());
        }
        assertEquals("invalid_perspective", s.api.call("POST /api/workshops/{id}/success", w, person.token(),
                Map.of("themeId", t, "perspective", "martian", "text", "x")).error());

        JsonNode board = s.board(id, facilitator).json();
        assertEquals(5, board.path("causes").size());
        assertEquals(3, board.path("success").size());
        assertTrue(board.at("/causes/4/parentId").asText().equals(board.at("/causes/3/id").asText()));
    }

    @Test
    void suggestedThemesGroupTheUnsortedStatementsOfEachQuestionAndApplyNothing() {
        Scenario.Person person = s.join(id, "carer", "en");
        List<String> breaks = List.of("I haven't had a day off in two years", "I never get a break from caring, not even a weekend",
                "Respite is always booked up so I can't rest");
        List<String> parking = List.of("The car park at the hospital costs a fortune", "Parking at the surgery is impossible and expensive",
                "There are never any parking spaces near the clinic");
        Map<String, String> ids = new java.util.HashMap<>();
        for (String text : breaks) ids.put(s.say(id, person.token(), "not_working", text).text("id"), "breaks");
        for (String text : parking) ids.put(s.say(id, person.token(), "not_working", text).text("id"), "parking");
        String sorted = s.say(id, person.token(), "working", "Already sorted").text("id");
        String good = theme("working", "Good things");
        assertEquals(200, move(sorted, good, facilitator).status());

        ApiClient.Answer suggested = s.api.call("POST /api/workshops/{id}/theme-suggestions", w, facilitator, Map.of());
        assertEquals(200, suggested.status(), suggested.body());
        JsonNode themes = suggested.json().path("themes");
        assertEquals(2, themes.size(), suggested.body());
        for (JsonNode t : themes) {
            assertEquals("not_working", t.path("category").asText());
            java.util.Set<String> kinds = new java.util.HashSet<>();
            t.path("statementIds").forEach(sid -> kinds.add(ids.get(sid.asText())));
            assertEquals(1, kinds.size(), "one kind of statement per suggestion: " + t);
            assertEquals(3, t.path("statementIds").size());
        }
        assertEquals(1, s.board(id, facilitator).json().path("themes").size(), "nothing applied");

        assertEquals(403, s.api.call("POST /api/workshops/{id}/theme-suggestions", w, person.token(), Map.of()).status());

        // Vectors are kept in their own partition, reused, and erased with the person.
        Table table = new Table(s.deployment.dynamo(), s.deployment.configuration().tableName());
        assertEquals(6, table.partition(Keys.vectors(id)).size());
        String later = s.say(id, person.token(), "not_working", "Nobody told us about carers allowance").text("id");
        assertEquals(200, s.api.call("POST /api/workshops/{id}/theme-suggestions", w, facilitator, Map.of()).status());
        assertEquals(7, table.partition(Keys.vectors(id)).size());
        assertTrue(table.get(Keys.vectors(id), later).isPresent());
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/participants/me", w, person.token(), null).status());
        assertEquals(0, table.partition(Keys.vectors(id)).size(), "nothing of theirs is left");
        assertEquals(0, s.api.call("POST /api/workshops/{id}/theme-suggestions", w, facilitator, Map.of("category", "future"))
                .json().path("themes").size());
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
