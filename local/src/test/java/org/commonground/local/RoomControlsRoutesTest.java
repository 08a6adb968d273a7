package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facilitator's room controls through the real handlers against DynamoDB Local: stage timers and live progress. */
class RoomControlsRoutesTest {
    private final HandClock clock = new HandClock(Instant.parse("2027-03-18T10:00:00Z"));
    private final Scenario s = new Scenario(clock, Map.of());
    private final String facilitator = s.facilitator();

    private JsonNode board(String id, String token) {
        ApiClient.Answer board = s.board(id, token);
        assertEquals(200, board.status(), board.body());
        return board.json();
    }

    private ApiClient.Answer timer(String id, Object seconds) {
        return s.api.call("PUT /api/workshops/{id}/timer", Map.of("id", id), facilitator, Map.of("seconds", seconds));
    }

    @Test
    void aTimerCountsDownTheCurrentStageForEveryoneAndStaysWithIt() {
        String id = s.createWorkshop(facilitator, "Timed").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        long before = board(id, facilitator).path("version").asLong();
        assertTrue(board(id, person.token()).path("timer").path("endsAt").isMissingNode(), "no timer until one is set");

        ApiClient.Answer set = timer(id, 300);
        assertEquals(200, set.status(), set.body());
        assertEquals(300, set.json().path("seconds").asInt());
        assertTrue(set.json().path("version").asLong() > before, "setting a timer bumps the version so phones see it");
        ApiClient.Answer changed = s.api.send("GET /api/workshops/{id}/board", Map.of("id", id), person.token(), null, Map.of("since", String.valueOf(before)));
        assertEquals(200, changed.status(), "a phone polling with the old version gets the new board");
        assertEquals("2027-03-18T10:05:00Z", changed.json().at("/timer/endsAt").asText());
        assertEquals("2027-03-18T10:05:00Z", board(id, facilitator).at("/timer/endsAt").asText());

        clock.now = clock.now.plusSeconds(60);
        assertEquals(200, timer(id, 120).status());
        assertEquals("2027-03-18T10:03:00Z", board(id, person.token()).at("/timer/endsAt").asText(), "a new timer replaces the old one");

        assertEquals(200, s.api.call("PUT /api/workshops/{id}/phase", Map.of("id", id), facilitator, Map.of("phase", "clustering")).status());
        assertTrue(board(id, person.token()).path("timer").path("endsAt").isMissingNode(), "the timer belonged to gathering");

        assertEquals(200, timer(id, 600).status());
        assertEquals("2027-03-18T10:11:00Z", board(id, person.token()).at("/timer/endsAt").asText());
        assertEquals(200, timer(id, 0).status());
        assertTrue(board(id, person.token()).path("timer").path("endsAt").isMissingNode(), "0 stops the timer");
        assertEquals(200, timer(id, 0).status(), "stopping a stopped timer is fine");
    }

    @Test
    void progressCountsPeopleNotContributionsAndOnlyTheRoomSeesIt() {
        String id = s.createWorkshop(facilitator, "Progress").text("id");
        Map<String, String> w = Map.of("id", id);
        Scenario.Person carer = s.join(id, "carer", "en");
        Scenario.Person provider = s.join(id, "provider", "cy");
        s.join(id, "carer", "en");
        String said = s.say(id, carer.token(), "not_working", "No break for months").text("id");
        s.say(id, carer.token(), "working", "My neighbour helps");
        String hidden = s.say(id, provider.token(), "working", "Something to hide").text("id");
        assertEquals(200, s.api.call("PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", hidden), facilitator, Map.of("hidden", true)).status());

        assertEquals(201, s.api.call("POST /api/workshops/{id}/statements", w, facilitator, Map.of("prompt", "working",
                "text", "Typed up from paper", "source", "paper", "onBehalfOf", Map.of("perspective", "carer"))).status());

        JsonNode progress = board(id, facilitator).path("progress");
        assertEquals(3, progress.path("joined").asInt());
        assertEquals(1, progress.path("answered").asInt(), "two answers from one person count once; a hidden one not at all; "
                + "one written down for someone who never joined is not one of those who joined");
        assertTrue(board(id, carer.token()).path("progress").isNull() || board(id, carer.token()).path("progress").isMissingNode(),
                "participants do not see the room's progress");
        String screen = s.api.call("POST /api/workshops/{id}/screen-links", w, facilitator, null).json().path("url").asText();
        String screenToken = screen.substring(screen.indexOf("token=") + "token=".length());
        assertEquals(3, board(id, screenToken).at("/progress/joined").asInt(), "the big screen shows it");

        s.api.call("PUT /api/workshops/{id}/phase", w, facilitator, Map.of("phase", "clustering"));
        String theme = s.api.call("POST /api/workshops/{id}/themes", w, facilitator, Map.of("category", "not_working", "title", "A break")).text("id");
        s.api.call("PUT /api/workshops/{id}/statements/{sid}/theme", Map.of("id", id, "sid", said), facilitator, Map.of("themeId", theme));
        s.api.call("PUT /api/workshops/{id}/phase", w, facilitator, Map.of("phase", "theme_voting"));
        Map<String, String> vote = Map.of("id", id, "targetId", theme);
        assertEquals(200, s.api.call("PUT /api/workshops/{id}/votes/{targetId}", vote, carer.token(), Map.of("dots", 2)).status());
        assertEquals(200, s.api.call("PUT /api/workshops/{id}/votes/{targetId}", vote, provider.token(), Map.of("dots", 1)).status());
        assertEquals(2, board(id, facilitator).at("/progress/votedThemes").asInt());
        assertEquals(200, s.api.call("PUT /api/workshops/{id}/votes/{targetId}", vote, provider.token(), Map.of("dots", 0)).status());
        assertEquals(1, board(id, facilitator).at("/progress/votedThemes").asInt(), "someone who took all their dots back has not voted");
    }
}
