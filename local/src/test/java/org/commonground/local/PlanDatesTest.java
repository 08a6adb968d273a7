package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan form's dates come from the server, in London: right in the first hour after midnight in summer time. */
class PlanDatesTest {
    @Test
    void halfPastMidnightInBritishSummerTimeIsAlreadyTomorrow() {
        HandClock clock = new HandClock(Instant.parse("2027-06-30T23:30:00Z"));
        Scenario s = new Scenario(clock, Map.of());
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Dates").text("id");
        JsonNode dates = s.board(id, s.join(id, "carer", "en").token()).json().path("planDates");
        assertEquals("2027-07-01", dates.path("today").asText(), "00:30 in London, 23:30 in UTC");
        assertEquals("2027-07-15", dates.path("firstStepBy").asText());

        String idea = s.api.call("POST /api/workshops/{id}/ideas", Map.of("id", id), facilitator, Map.of("lens", "community", "text", "A rota")).text("id");
        ApiClient.Answer today = s.api.call("POST /api/workshops/{id}/actions", Map.of("id", id), facilitator, Map.of("ideaId", idea, "title", "Now",
                "lead", Map.of("name", "Sam"), "steps", List.of(Map.of("text", "Start", "due", "2027-07-01"))));
        assertEquals(201, today.status(), "the date the form offers as today is accepted: " + today.body());
        ApiClient.Answer yesterday = s.api.call("POST /api/workshops/{id}/actions", Map.of("id", id), facilitator, Map.of("ideaId", idea, "title", "Then",
                "lead", Map.of("name", "Sam"), "steps", List.of(Map.of("text", "Start", "due", "2027-06-30"))));
        assertEquals("date_in_past", yesterday.error());
    }
}
