package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every kind of contribution can be hidden, and a workshop can hold new ones for a facilitator
 * to let through; hidden and held ones leave every count, email, board but a facilitator's,
 * the big screen and the public outcomes; the export keeps them with a hidden column.
 */
class ModerationTest {
    private final Scenario s = new Scenario();

    private ApiClient.Answer hide(String id, String token, String item, boolean hidden) {
        return s.api.call("PUT /api/workshops/{id}/items/{itemId}/hidden", Map.of("id", id, "itemId", item), token, Map.of("hidden", hidden));
    }

    private String screen(String id, String facilitator) {
        return s.api.call("POST /api/workshops/{id}/screen-links", Map.of("id", id), facilitator, null).text("token");
    }

    private String outcomes(String code) {
        ApiClient.Answer a = s.api.call("GET /api/outcomes/{code}", Map.of("code", code), null, null);
        assertEquals(200, a.status(), a.body());
        return a.body();
    }

    @Test
    void everyKindOfContributionCanBeHiddenAndThenLeavesEveryBoardCountAndPublicPage() {
        String facilitator = s.facilitator();
        Scenario.TwoDays d = s.twoDays(facilitator, "Hiding everything " + UUID.randomUUID());
        String id = d.workshopId();
        Map<String, String> w = Map.of("id", id);
        // One more of each, in the people's words, to hide: the abuse the issue found, in every place it can be.
        String statement = d.statement();
        JsonNode before = s.board(id, facilitator).json();
        String cause = before.at("/causes/0/id").asText();
        String success = before.at("/success/0/id").asText();
        String inPlace = before.at("/inPlace/0/id").asText();
        String otherIdea = null;
        for (JsonNode idea : before.path("ideas")) if (!idea.path("id").asText().equals(d.idea())) otherIdea = idea.path("id").asText();
        String update = before.at("/actions/0/updates/0/id").asText();
        Map<String, String> items = new LinkedHashMap<>();
        items.put(statement, "statement");
        items.put(cause, "cause");
        items.put(success, "success");
        items.put(inPlace, "in_place");
        items.put(otherIdea, "idea");
        items.put(d.action(), "action_plan");
        items.put(update, "progress_update");
        List<String> texts = List.of("I haven't had a night's sleep in months", "Too few respite places", "I can book a break",
                "The sitting service", "Carers run respite", "Start the rota", "Eight neighbours came to the first meeting");
        String screen = screen(id, facilitator);
        for (String text : texts) {
            assertTrue(s.board(id, d.carer().token()).body().contains(text) || text.equals("Carers run respite") || text.equals("I haven't had a night's sleep in months")
                    || s.board(id, screen).body().contains(text), "shown before hiding: " + text);
        }
        int statementsBefore = before.at("/counts/statements").asInt();

        for (var item : items.entrySet()) {
            ApiClient.Answer hidden = hide(id, facilitator, item.getKey(), true);
            assertEquals(200, hidden.status(), hidden.body());
            assertEquals(item.getValue(), hidden.text("kind"));
            assertTrue(hidden.json().path("hidden").asBoolean());
        }

        for (String token : List.of(d.carer().token(), d.provider().token(), screen)) {
            String board = s.board(id, token).body();
            for (String text : texts) assertFalse(board.contains(text), "no board but a facilitator's shows " + text);
            for (String item : items.keySet()) assertFalse(board.contains(item), "nor its id");
        }
        String published = outcomes(d.code());
        for (String text : texts) assertFalse(published.contains(text), "the outcomes page leaves out " + text);
        String report = s.api.call("GET /api/workshops/{id}/report", w, facilitator, null).body();
        for (String text : texts) assertFalse(report.contains(text), "the report leaves out " + text);

        JsonNode board = s.board(id, facilitator).json();
        assertEquals(statementsBefore - 1, board.at("/counts/statements").asInt(), "a hidden statement leaves the count");
        assertEquals(1, board.at("/counts/hidden").asInt());
        assertEquals(0, board.at("/themes/0/count").asInt(), "and its theme's count");
        assertTrue(board.path("priorities").isEmpty(), "a theme left with nothing visible is no priority");
        assertTrue(board.at("/causes/0/hidden").asBoolean());
        assertTrue(board.at("/success/0/hidden").asBoolean());
        assertTrue(board.at("/inPlace/0/hidden").asBoolean());
        assertTrue(board.at("/actions/0/hidden").asBoolean());
        assertTrue(board.at("/actions/0/updates/0/hidden").asBoolean());

        String csv = s.api.call("GET /api/workshops/{id}/export.csv", w, facilitator, null).body();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",hidden"), "the export has a hidden column");
        for (String item : items.keySet()) {
            String row = csv.lines().filter(l -> l.contains("," + item + ",")).findFirst().orElseThrow(() -> new AssertionError("no row for " + item));
            assertTrue(row.endsWith(",hidden"), row);
        }

        // Shown again, each is back where it was.
        for (String item : items.keySet()) assertEquals(200, hide(id, facilitator, item, false).status());
        String again = s.board(id, d.carer().token()).body();
        for (String text : List.of("Too few respite places", "Carers run respite", "Start the rota", "Eight neighbours came to the first meeting")) {
            assertTrue(again.contains(text), text);
        }
        assertTrue(outcomes(d.code()).contains("Eight neighbours came to the first meeting"));
    }

    @Test
    void aWorkshopThatHoldsContributionsShowsThemOnlyOnceAFacilitatorLetsThemThrough() {
        String facilitator = s.facilitator();
        String title = "Held back " + UUID.randomUUID();
        String id = s.api.call("POST /api/workshops", Map.of(), facilitator,
                Map.of("title", title, "settings", Map.of("holdContributions", true))).text("id");
        Map<String, String> w = Map.of("id", id);
        Scenario.Person author = s.join(id, "carer", "en");
        Scenario.Person other = s.join(id, "provider", "en");
        String screen = screen(id, facilitator);
        String abusive = s.say(id, author.token(), "not_working", "The social worker is a useless idiot").text("id");
        String fair = s.say(id, author.token(), "not_working", "Nobody answers the phone at the council").text("id");
        String typed = s.api.call("POST /api/workshops/{id}/statements", w, facilitator,
                Map.of("prompt", "not_working", "text", "Typed up from a paper form", "source", "paper")).text("id");

        JsonNode seen = s.board(id, facilitator).json();
        assertEquals(2, seen.at("/counts/held").asInt());
        assertEquals(1, seen.at("/counts/statements").asInt(), "only the facilitator's own is counted yet");
        for (JsonNode st : seen.path("statements")) {
            assertEquals(!st.path("id").asText().equals(typed), st.path("held").asBoolean(), "a facilitator's own words are not held");
        }
        JsonNode mine = s.board(id, author.token()).json();
        assertEquals(2, mine.path("statements").size(), "the author sees their own, waiting");
        mine.path("statements").forEach(st -> assertTrue(st.path("held").asBoolean()));

        assertEquals(200, hide(id, facilitator, fair, false).status(), "let through");
        assertEquals(200, hide(id, facilitator, abusive, true).status(), "hidden");
        assertEquals(200, s.phase(id, facilitator, "clustering").status());
        String theme = s.api.call("POST /api/workshops/{id}/themes", w, facilitator, Map.of("category", "not_working", "title", "I can't get help")).text("id");
        for (String st : List.of(fair, abusive)) {
            s.api.call("PUT /api/workshops/{id}/statements/{sid}/theme", Map.of("id", id, "sid", st), facilitator, Map.of("themeId", theme));
        }
        for (String token : List.of(other.token(), screen)) {
            String board = s.board(id, token).body();
            assertTrue(board.contains("Nobody answers the phone"), "let through, so everyone sees it");
            assertFalse(board.contains("useless idiot"));
        }

        assertEquals(200, s.phase(id, facilitator, "theme_voting").status());
        s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme), other.token(), Map.of("dots", 2));
        assertEquals(200, s.phase(id, facilitator, "root_causes").status());
        String heldCause = s.api.call("POST /api/workshops/{id}/causes", w, author.token(), Map.of("themeId", theme, "text", "Because they are lazy idiots")).text("id");
        String goodCause = s.api.call("POST /api/workshops/{id}/causes", w, other.token(), Map.of("themeId", theme, "text", "One person covers three teams")).text("id");
        assertEquals(200, hide(id, facilitator, goodCause, false).status());
        String screenBoard = s.board(id, screen).body();
        assertTrue(screenBoard.contains("One person covers three teams"));
        assertFalse(screenBoard.contains("lazy idiots"), "the big screen waits for the facilitator");
        assertTrue(s.board(id, author.token()).json().at("/causes").toString().contains("\"held\":true"), "the author sees theirs is waiting");
        assertTrue(s.board(id, facilitator).body().contains(heldCause));

        // Leaving day 1 sends the summary: nothing held or hidden is in it.
        assertEquals(200, s.phase(id, facilitator, "in_place").status());
        JsonNode summary = null;
        for (JsonNode email : LocalAws.get().emailsTo("facilitator@example.org")) {
            if (email.path("subject").asText().contains(title)) summary = email;
        }
        assertTrue(summary != null, "the day 1 summary was sent");
        String text = summary.toString();
        assertTrue(text.contains("One person covers three teams"));
        assertFalse(text.contains("lazy idiots"));
        assertFalse(text.contains("useless idiot"));

        // A plan held back reaches its lead only when it is let through.
        String idea = s.api.call("POST /api/workshops/{id}/ideas", w, facilitator, Map.of("lens", "community", "text", "A named contact")).text("id");
        assertEquals(200, s.phase(id, facilitator, "action_planning").status());
        String lead = "held-lead-" + UUID.randomUUID() + "@example.org";
        String due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(3).toString();
        ApiClient.Answer plan = s.api.call("POST /api/workshops/{id}/actions", w, author.token(), Map.of("ideaId", idea, "title", "Ask for a named contact",
                "lead", Map.of("name", "Ceri", "email", lead, "consent", true), "steps", List.of(Map.of("text", "Write to the manager", "due", due))));
        assertEquals(201, plan.status(), plan.body());
        assertFalse(plan.json().has("leadEmail"), "no email while it waits");
        assertFalse(s.board(id, screen).body().contains("Ask for a named contact"));
        assertEquals(0, LocalAws.get().emailsTo(lead).size());
        assertEquals(200, hide(id, facilitator, plan.text("id"), false).status());
        assertEquals(1, LocalAws.get().emailsTo(lead).size(), "let through, the lead gets their plan");
        assertTrue(s.board(id, screen).body().contains("Ask for a named contact"));
    }

    @Test
    void aHiddenProgressUpdateIsInNoDigest() {
        HandClock clock = new HandClock(java.time.Instant.now());
        Scenario later = new Scenario(clock, Map.of());
        String facilitator = later.facilitator();
        Scenario.TwoDays d = later.twoDays(facilitator, "Digest without it " + UUID.randomUUID());
        String update = later.board(d.workshopId(), facilitator).json().at("/actions/0/updates/0/id").asText();
        assertEquals(200, later.api.call("PUT /api/workshops/{id}/items/{itemId}/hidden", Map.of("id", d.workshopId(), "itemId", update),
                facilitator, Map.of("hidden", true)).status());
        assertEquals(201, later.api.call("POST /api/workshops/{id}/actions/{aid}/updates", Map.of("id", d.workshopId(), "aid", d.action()),
                facilitator, Map.of("text", "The rota starts on Monday", "status", "in_progress")).status());
        String carerEmail = new org.commonground.aws.Table(later.deployment.dynamo(), later.deployment.configuration().tableName())
                .get(org.commonground.aws.Keys.workshop(d.workshopId()), org.commonground.aws.Keys.participant(d.carer().participantId())).map(item -> org.commonground.aws.Table.text(item, "email")).orElseThrow();
        clock.now = clock.now.plus(java.time.Duration.ofHours(1));
        String report = new org.commonground.handlers.ScheduleHandler(later.deployment).handleRequest(Map.of(), null);
        assertTrue(report.contains("digests sent: 1"), report);
        String digest = LocalAws.get().emailsTo(carerEmail).stream().filter(e -> e.path("subject").asText().startsWith("What has happened"))
                .findFirst().orElseThrow().path("body").path("text").asText();
        assertTrue(digest.contains("The rota starts on Monday"), digest);
        assertFalse(digest.contains("Eight neighbours came to the first meeting"), "the hidden update is left out: " + digest);
    }

    @Test
    void onlyAFacilitatorOfTheWorkshopHidesAndOnlyWhatIsInIt() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Who may hide").text("id");
        String other = s.createWorkshop(facilitator, "Somewhere else").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        String statement = s.say(id, person.token(), "working", "My words").text("id");
        assertEquals(403, hide(id, person.token(), statement, true).status());
        ApiClient.Answer elsewhere = hide(other, facilitator, statement, true);
        assertEquals(404, elsewhere.status());
        assertEquals("item_not_found", elsewhere.error());
        assertFalse(s.board(id, facilitator).json().at("/statements/0/hidden").asBoolean());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) statuses.add(hide(id, facilitator, statement, true).status());
        assertEquals(List.of(200, 200), statuses, "hiding twice is harmless");
        assertTrue(s.board(id, facilitator).json().at("/statements/0/hidden").asBoolean());
    }
}
