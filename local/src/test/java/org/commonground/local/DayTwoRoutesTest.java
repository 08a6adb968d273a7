package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start of day 2 through the API: what is in place, ideas through three lenses, idea votes. */
class DayTwoRoutesTest {
    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();
    private final String id = s.createWorkshop(facilitator, "Day two").text("id");
    private final Map<String, String> w = Map.of("id", id);
    private final String theme = s.api.call("POST /api/workshops/{id}/themes", w, facilitator,
            Map.of("category", "not_working", "title", "I want a proper break")).text("id");

    private ApiClient.Answer idea(String token, String lens, String text) {
        return s.api.call("POST /api/workshops/{id}/ideas", w, token, Map.of("themeId", theme, "lens", lens, "text", text));
    }

    private ApiClient.Answer vote(String token, String target, int dots) {
        return s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", target), token, Map.of("dots", dots));
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode item : list) if (item.path("id").asText().equals(id)) return item;
        return null;
    }

    @Test
    void theRoomListsWhatIsInPlaceThenIdeasThroughThreeLenses() {
        Scenario.Person person = s.join(id, "carer", "en");
        Map<String, Object> inPlace = Map.of("themeId", theme, "text", "The carers hub sitting service");
        assertEquals(409, s.api.call("POST /api/workshops/{id}/in-place", w, person.token(), inPlace).status());
        assertEquals(201, s.api.call("POST /api/workshops/{id}/in-place", w, facilitator, inPlace).status(), "facilitators at any time");
        assertEquals(200, s.phase(id, facilitator, "in_place").status());
        assertEquals(201, s.api.call("POST /api/workshops/{id}/in-place", w, person.token(), Map.of("themeId", theme, "text", "My GP's carers register")).status());

        assertEquals(409, idea(person.token(), "community", "A neighbour rota").status());
        assertEquals(200, s.phase(id, facilitator, "ideas").status());
        for (String lens : new String[] {"traditional", "community", "radical"}) {
            assertEquals(201, idea(person.token(), lens, "An idea through the " + lens + " lens").status());
        }
        assertEquals(201, s.api.call("POST /api/workshops/{id}/ideas", w, person.token(), Map.of("lens", "radical", "text", "Not for one theme")).status());
        assertEquals("invalid_lens", idea(person.token(), "chef", "x").error());

        JsonNode board = s.board(id, person.token()).json();
        assertEquals(2, board.path("inPlace").size());
        assertEquals(4, board.path("ideas").size());
        assertTrue(board.at("/ideas/0/mine").asBoolean());
        assertEquals("traditional", board.at("/ideas/0/lens").asText());
    }

    @Test
    void ideaVotesHaveTheirOwnBudgetAndCap() {
        Scenario.Person carer = s.join(id, "carer", "en");
        Scenario.Person provider = s.join(id, "provider", "en");
        assertEquals(200, s.phase(id, facilitator, "ideas").status());
        String a = idea(carer.token(), "community", "A neighbour rota").text("id");
        String b = idea(provider.token(), "radical", "Carers run the respite service").text("id");
        assertEquals(200, s.phase(id, facilitator, "idea_voting").status());

        assertEquals("idea_not_found", vote(carer.token(), theme, 1).error(), "day 2 votes go on ideas");
        assertEquals(200, vote(carer.token(), a, 3).status());
        assertEquals("over_cap", vote(carer.token(), b, 4).error());
        assertEquals(200, vote(carer.token(), b, 2).status());
        assertEquals("over_budget", vote(carer.token(), b, 3).error());
        assertEquals(200, vote(provider.token(), a, 1).status());

        JsonNode board = s.board(id, carer.token()).json();
        assertEquals(4, byId(board.path("ideas"), a).path("dots").asInt());
        assertEquals(3, byId(board.path("ideas"), a).path("myDots").asInt());
        assertEquals(1, byId(board.path("ideas"), a).path("dotsByPerspective").path("provider").asInt());
        assertEquals(0, board.at("/me/dotsLeft").asInt());
    }

    @Test
    void whenSomeoneLeavesTheirIdeasGoAndOtherPeoplesDotsOnThemComeBack() {
        Scenario.Person leaving = s.join(id, "carer", "en");
        Scenario.Person staying = s.join(id, "provider", "en");
        assertEquals(200, s.phase(id, facilitator, "ideas").status());
        String theirs = idea(leaving.token(), "community", "A neighbour rota").text("id");
        String other = idea(staying.token(), "radical", "Carers run respite").text("id");
        assertEquals(200, s.phase(id, facilitator, "idea_voting").status());
        assertEquals(200, vote(staying.token(), theirs, 3).status());
        assertEquals(200, vote(leaving.token(), other, 2).status());

        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/participants/me", w, leaving.token(), null).status());
        JsonNode board = s.board(id, staying.token()).json();
        assertEquals(1, board.path("ideas").size());
        assertEquals(0, byId(board.path("ideas"), other).path("dots").asInt(), "their dots are off the totals");
        assertEquals(5, board.at("/me/dotsLeft").asInt(), "the dots on their idea are given back");
    }
}
