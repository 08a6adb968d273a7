package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shortlist and the investment grid through the API, against DynamoDB Local. */
class GridRoutesTest {
    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();
    private final String id = s.api.call("POST /api/workshops", Map.of(), facilitator,
            Map.of("title", "Grid", "settings", Map.of("shortlistSize", 2))).text("id");
    private final Map<String, String> w = Map.of("id", id);
    private final Scenario.Person carer = s.join(id, "carer", "en");
    private final Scenario.Person provider = s.join(id, "provider", "en");
    private final Scenario.Person neighbour = s.join(id, "community", "cy");
    private final String top;
    private final String second;
    private final String third;

    GridRoutesTest() {
        assertEquals(200, s.phase(id, facilitator, "ideas").status());
        top = idea("A neighbour rota");
        second = idea("Carers run the respite service");
        third = idea("A carers card for the leisure centre");
        assertEquals(200, s.phase(id, facilitator, "idea_voting").status());
        vote(carer, top, 3);
        vote(provider, top, 1);
        vote(provider, second, 2);
        vote(neighbour, third, 1);
        assertEquals(200, s.phase(id, facilitator, "grid").status());
    }

    private String idea(String text) {
        return s.api.call("POST /api/workshops/{id}/ideas", w, facilitator, Map.of("lens", "community", "text", text)).text("id");
    }

    private void vote(Scenario.Person person, String idea, int dots) {
        assertEquals(200, s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", idea), person.token(),
                Map.of("dots", dots)).status());
    }

    private ApiClient.Answer place(Scenario.Person person, String idea, Object effort, Object difference) {
        return s.api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", idea), person.token(),
                Map.of("effort", effort, "difference", difference));
    }

    private ApiClient.Answer nudge(String token, String idea, String direction) {
        return s.api.call("POST /api/workshops/{id}/grid/{ideaId}/nudges", Map.of("id", id, "ideaId", idea), token, Map.of("direction", direction));
    }

    private JsonNode gridOf(String token, String idea) {
        for (JsonNode i : s.board(id, token).json().path("ideas")) if (i.path("id").asText().equals(idea)) return i.path("grid");
        throw new AssertionError("no idea " + idea);
    }

    @Test
    void theShortlistIsTheTopIdeasUntilTheFacilitatorEditsIt() {
        JsonNode board = s.board(id, carer.token()).json();
        assertEquals(List.of(top, second), ids(board.path("shortlist")));
        assertTrue(gridOf(carer.token(), third).isMissingNode(), "ideas off the shortlist carry no grid");
        assertEquals("not_shortlisted", place(carer, third, 2, 8).error());

        ApiClient.Answer chosen = s.api.call("PUT /api/workshops/{id}/shortlist", w, facilitator, Map.of("ideaIds", List.of(third, top, third)));
        assertEquals(200, chosen.status(), chosen.body());
        assertEquals(List.of(third, top), ids(s.board(id, carer.token()).json().path("shortlist")), "the facilitator's order, each once");
        assertEquals(200, place(carer, third, 2, 8).status());
        assertEquals("not_shortlisted", place(carer, second, 2, 8).error());

        assertEquals(403, s.api.call("PUT /api/workshops/{id}/shortlist", w, carer.token(), Map.of("ideaIds", List.of(second))).status());
        assertEquals("idea_not_found", s.api.call("PUT /api/workshops/{id}/shortlist", w, facilitator,
                Map.of("ideaIds", List.of("0000000000aaaaaaaaaaaaaaaa"))).error());
        assertEquals("invalid_field", s.api.call("PUT /api/workshops/{id}/shortlist", w, facilitator, Map.of("ideaIds", List.of(3))).error());
    }

    @Test
    void eachPersonHasOnePlacementPerIdeaAndTheGroupSeesTheMedian() {
        assertEquals(200, place(carer, top, 1, 9).status());
        assertEquals(200, place(carer, top, 2, 9).status(), "placing again moves the same marker");
        assertEquals(200, place(provider, top, 6, 3).status());
        assertEquals(200, place(neighbour, top, 3, 7).status());

        JsonNode grid = gridOf(carer.token(), top);
        assertEquals(3, grid.path("placements").asInt(), "one placement each, not four");
        assertEquals(3.0, grid.at("/position/effort").asDouble());
        assertEquals(7.0, grid.at("/position/difference").asDouble());
        assertEquals("quick_win", grid.at("/position/quadrant").asText());
        assertEquals(2, grid.at("/myPlacement/effort").asInt());
        assertEquals(6, gridOf(provider.token(), top).at("/myPlacement/effort").asInt(), "each sees their own marker");

        assertEquals(200, place(neighbour, top, 4, 7).status());
        assertEquals(200, place(provider, top, 8, 3).status());
        assertEquals(4.0, gridOf(facilitator, top).at("/position/effort").asDouble(), "efforts 2, 4 and 8 now");
        assertTrue(gridOf(facilitator, second).path("position").isMissingNode(), "nobody has placed it yet");
    }

    @Test
    void placementsStayOnTheGridAndInTheirStage() {
        assertEquals("invalid_field", place(carer, top, 11, 5).error());
        assertEquals("invalid_field", place(carer, top, -1, 5).error());
        assertEquals("invalid_field", place(carer, top, 2.5, 5).error());
        assertEquals("missing_field", s.api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", top), carer.token(),
                Map.of("effort", 3)).error());
        assertEquals(403, s.api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", top), facilitator,
                Map.of("effort", 3, "difference", 3)).status(), "placements are each person's own");
        assertEquals(404, place(carer, "0000000000aaaaaaaaaaaaaaaa", 1, 1).status());
        assertEquals(200, s.phase(id, facilitator, "action_planning").status());
        assertEquals("wrong_phase", place(carer, top, 2, 8).error());
        assertEquals("wrong_phase", nudge(carer.token(), top, "up").error());
        assertEquals(201, nudge(facilitator, top, "up").status(), "a facilitator may still nudge");
    }

    @Test
    void nudgesMoveTheGroupPositionAStepAndAreKeptAsATrail() {
        assertEquals(200, place(carer, top, 4, 4).status());
        assertEquals(201, nudge(carer.token(), top, "up").status());
        assertEquals(201, nudge(provider.token(), top, "up").status());
        assertEquals(201, nudge(neighbour.token(), top, "left").status());
        assertEquals(201, nudge(facilitator, top, "down").status());
        assertEquals("invalid_direction", nudge(carer.token(), top, "diagonal").error());

        JsonNode grid = gridOf(carer.token(), top);
        assertEquals(3.0, grid.at("/position/effort").asDouble());
        assertEquals(5.0, grid.at("/position/difference").asDouble());
        assertEquals(List.of("up", "up", "left", "down"), directions(grid.path("nudges")));
    }

    @Test
    void nudgesAtTheSameMomentAllCount() throws Exception {
        assertEquals(200, place(carer, top, 0, 0).status());
        List<Scenario.Person> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) people.add(s.join(id, "carer", "en"));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Scenario.Person p : people) results.add(pool.submit(() -> nudge(p.token(), top, "right").status()));
            for (Future<Integer> r : results) assertEquals(201, r.get());
        } finally {
            pool.shutdown();
        }
        JsonNode grid = gridOf(facilitator, top);
        assertEquals(12, grid.path("nudges").size());
        assertEquals(10.0, grid.at("/position/effort").asDouble(), "twelve steps right from 0 stop at the edge");
    }

    @Test
    void theFacilitatorCanFixTheFinalPositionAndUnfixIt() {
        assertEquals(200, place(carer, top, 8, 2).status());
        ApiClient.Answer fixed = s.api.call("PUT /api/workshops/{id}/grid/{ideaId}/fixed", Map.of("id", id, "ideaId", top), facilitator,
                Map.of("effort", 2, "difference", 9));
        assertEquals(200, fixed.status(), fixed.body());
        assertEquals(201, nudge(carer.token(), top, "down").status());
        JsonNode grid = gridOf(carer.token(), top);
        assertTrue(grid.path("fixed").asBoolean());
        assertEquals(9.0, grid.at("/position/difference").asDouble(), "a fixed position does not move");
        assertEquals(403, s.api.call("PUT /api/workshops/{id}/grid/{ideaId}/fixed", Map.of("id", id, "ideaId", top), carer.token(),
                Map.of("effort", 2, "difference", 9)).status());

        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/grid/{ideaId}/fixed", Map.of("id", id, "ideaId", top), facilitator, null).status());
        grid = gridOf(carer.token(), top);
        assertFalse(grid.path("fixed").asBoolean());
        assertEquals(1.0, grid.at("/position/difference").asDouble(), "back to the median, with the nudge");
    }

    @Test
    void erasingSomeoneTakesTheirPlacementsAndNudgesOffTheGrid() {
        assertEquals(200, place(carer, top, 0, 0).status());
        assertEquals(200, place(provider, top, 10, 10).status());
        assertEquals(201, nudge(provider.token(), top, "up").status());
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/participants/me", w, provider.token(), null).status());
        JsonNode grid = gridOf(carer.token(), top);
        assertEquals(1, grid.path("placements").asInt());
        assertEquals(0, grid.path("nudges").size());
        assertEquals(0.0, grid.at("/position/effort").asDouble());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static List<String> directions(JsonNode nudges) {
        List<String> out = new ArrayList<>();
        nudges.forEach(n -> out.add(n.path("direction").asText()));
        return out;
    }
}
