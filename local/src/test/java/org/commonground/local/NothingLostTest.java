package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Moves and merges lose no statement whatever the timing; a theme's dots and its statements stay coherent; a voice counts once on the grid. */
class NothingLostTest {
    private final Scenario s = new Scenario();

    private String theme(String id, String token, String category, String title) {
        return s.api.call("POST /api/workshops/{id}/themes", Map.of("id", id), token, Map.of("category", category, "title", title)).text("id");
    }

    private ApiClient.Answer move(String id, String token, String statement, String theme) {
        return s.api.call("PUT /api/workshops/{id}/statements/{sid}/theme", Map.of("id", id, "sid", statement), token,
                theme == null ? "{\"themeId\":null}" : Map.of("themeId", theme));
    }

    /** Facilitators type answers up from paper, so no one person's limit is reached. */
    private List<String> answers(String id, String facilitator, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(s.api.call("POST /api/workshops/{id}/statements", Map.of("id", id), facilitator,
                    Map.of("prompt", "not_working", "text", "Answer " + i, "source", "paper")).text("id"));
        }
        return ids;
    }

    @RepeatedTest(2)
    void mergingWhileStatementsAreMovedIntoTheMergedThemeLeavesNoneInAThemeThatIsGone() throws Exception {
        String facilitator = s.facilitator();
        String second = s.facilitator("second@example.org");
        String id = s.createWorkshop(facilitator, "Merge race").text("id");
        List<String> statements = answers(id, facilitator, 60);
        assertEquals(200, s.phase(id, facilitator, "clustering").status());
        String from = theme(id, facilitator, "not_working", "Going");
        String into = theme(id, facilitator, "not_working", "Staying");
        for (String st : statements.subList(0, 30)) assertEquals(200, move(id, facilitator, st, from).status());

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> work = new ArrayList<>();
        work.add(() -> {
            start.await();
            return s.api.call("POST /api/workshops/{id}/themes/{tid}/merge", Map.of("id", id, "tid", from), facilitator,
                    Map.of("intoThemeId", into)).status();
        });
        for (String st : statements.subList(30, 60)) {
            work.add(() -> {
                start.await();
                return move(id, second, st, from).status();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> c : work) results.add(pool.submit(c));
            start.countDown();
            for (Future<Integer> f : results) statuses.add(f.get());
        }
        assertEquals(200, statuses.getFirst(), "the merge went through");
        long moved = statuses.subList(1, statuses.size()).stream().filter(st -> st == 200).count();
        statuses.subList(1, statuses.size()).forEach(st -> assertTrue(st == 200 || st == 409, "a move lands or fails cleanly: " + st));

        JsonNode board = s.board(id, facilitator).json();
        Set<String> live = new HashSet<>();
        board.path("themes").forEach(t -> live.add(t.path("id").asText()));
        assertFalse(live.contains(from), "the merged theme is gone");
        int inTheme = 0;
        for (JsonNode st : board.path("statements")) {
            String at = st.path("themeId").asText(null);
            if (at != null) {
                assertTrue(live.contains(at), "no statement points at a theme that is gone");
                inTheme++;
            }
        }
        assertEquals(60, board.path("statements").size());
        assertEquals(30 + moved, inTheme, "every statement moved in is in the surviving theme");
        for (JsonNode t : board.path("themes")) {
            if (t.path("id").asText().equals(into)) assertEquals(30 + moved, t.path("count").asLong());
        }
    }

    @Test
    void aMoveIntoAMergedThemeLandsInTheThemeItWentInto() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Stale screen").text("id");
        List<String> statements = answers(id, facilitator, 2);
        String from = theme(id, facilitator, "not_working", "Old");
        String into = theme(id, facilitator, "not_working", "New");
        assertEquals(200, move(id, facilitator, statements.get(0), from).status());
        assertEquals(200, s.api.call("POST /api/workshops/{id}/themes/{tid}/merge", Map.of("id", id, "tid", from), facilitator,
                Map.of("intoThemeId", into)).status());
        assertEquals(200, move(id, facilitator, statements.get(1), from).status(), "a console that had not seen the merge yet");
        JsonNode board = s.board(id, facilitator).json();
        board.path("statements").forEach(st -> assertEquals(into, st.path("themeId").asText()));
        assertEquals(1, board.path("themes").size());
    }

    @Test
    void aVotedThemeKeepsItsLastStatementAndAnEmptyThemeIsNeverAPriority() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Coherent votes").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        List<String> statements = answers(id, facilitator, 3);
        String voted = theme(id, facilitator, "not_working", "Voted on");
        String other = theme(id, facilitator, "not_working", "Not voted on");
        assertEquals(200, move(id, facilitator, statements.get(0), voted).status());
        assertEquals(200, move(id, facilitator, statements.get(1), other).status());
        assertEquals(200, s.phase(id, facilitator, "theme_voting").status());
        assertEquals(200, s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", voted), person.token(),
                Map.of("dots", 3)).status());

        ApiClient.Answer out = move(id, facilitator, statements.get(0), null);
        assertEquals(409, out.status(), out.body());
        assertEquals("last_statement_of_voted_theme", out.error());
        ApiClient.Answer elsewhere = move(id, facilitator, statements.get(0), other);
        assertEquals(409, elsewhere.status());
        assertEquals(List.of(voted, other), priorities(id, facilitator));

        // Hiding its only answer empties it in what everyone sees: it drops out of the priorities, everywhere.
        assertEquals(200, s.api.call("PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", statements.get(0)), facilitator,
                Map.of("hidden", true)).status());
        assertEquals(List.of(other), priorities(id, facilitator));
        assertEquals(List.of(other), priorities(id, person.token()));
        assertEquals(200, s.phase(id, facilitator, "follow_up").status());
        String code = s.board(id, facilitator).json().at("/workshop/code").asText();
        JsonNode outcomes = s.api.call("GET /api/outcomes/{code}", Map.of("code", code), null, null).json();
        assertEquals(1, outcomes.path("priorities").size());
        assertEquals("Not voted on", outcomes.at("/priorities/0/title").asText());
        outcomes.path("priorities").forEach(p -> assertTrue(p.path("statements").asInt() > 0));
    }

    private List<String> priorities(String id, String token) {
        List<String> ids = new ArrayList<>();
        s.board(id, token).json().path("priorities").forEach(p -> ids.add(p.asText()));
        return ids;
    }

    @Test
    void oneVoiceNudgingTwelveTimesMovesAnIdeaOneStep() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "One voice").text("id");
        String idea = s.api.call("POST /api/workshops/{id}/ideas", Map.of("id", id), facilitator, Map.of("lens", "community", "text", "A rota")).text("id");
        assertEquals(200, s.api.call("PUT /api/workshops/{id}/shortlist", Map.of("id", id), facilitator, Map.of("ideaIds", List.of(idea))).status());
        List<Scenario.Person> people = new ArrayList<>();
        for (int i = 0; i < 22; i++) people.add(s.join(id, "carer", "en"));
        assertEquals(200, s.phase(id, facilitator, "grid").status());
        for (Scenario.Person p : people) {
            assertEquals(200, s.api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", idea), p.token(),
                    Map.of("effort", 5, "difference", 5)).status());
        }
        for (int i = 0; i < 12; i++) {
            assertEquals(201, s.api.call("POST /api/workshops/{id}/grid/{ideaId}/nudges", Map.of("id", id, "ideaId", idea),
                    people.getFirst().token(), Map.of("direction", "up")).status());
        }
        JsonNode grid = s.board(id, facilitator).json().at("/ideas/0/grid");
        assertEquals(12, grid.path("nudges").size(), "the trail keeps every nudge");
        assertEquals(6.0, grid.at("/position/difference").asDouble(), "one person's voice is one step, not twelve");
        assertEquals(201, s.api.call("POST /api/workshops/{id}/grid/{ideaId}/nudges", Map.of("id", id, "ideaId", idea),
                people.get(1).token(), Map.of("direction", "up")).status());
        assertEquals(7.0, s.board(id, facilitator).json().at("/ideas/0/grid/position/difference").asDouble(), "a second voice, a second step");
    }
}
