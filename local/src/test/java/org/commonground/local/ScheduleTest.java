package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.commonground.actions.ScheduleHandler;
import org.junit.jupiter.api.Test;

/** The schedule sends a day 1 summary nobody asked for, once, from 18:00 on day 1. */
class ScheduleTest {
    @Test
    void theDayOneSummaryGoesOutAtSixOnTheDayIfNobodyLeftDayOne() {
        String lead = "schedule-" + UUID.randomUUID() + "@example.org";
        HandClock clock = new HandClock(Instant.parse("2027-06-17T10:00:00Z"));
        Scenario s = new Scenario(clock, Map.of("FACILITATOR_EMAILS", lead));
        String token = s.facilitator(lead);
        String id = s.api.call("POST /api/workshops", Map.of(), token,
                Map.of("title", "Scheduled", "settings", Map.of("day1Date", "2027-06-18"))).text("id");
        s.createWorkshop(token, "No date, so never by schedule");
        assertEquals(200, s.phase(id, token, "theme_voting").status());
        ScheduleHandler schedule = new ScheduleHandler(s.deployment);

        clock.now = Instant.parse("2027-06-18T16:59:00Z"); // 17:59 in London (summer time)
        assertEquals("day 1 summaries sent: 0", schedule.handleRequest(Map.of(), null));
        clock.now = Instant.parse("2027-06-18T17:01:00Z");
        assertEquals("day 1 summaries sent: 1", schedule.handleRequest(Map.of(), null));
        clock.now = Instant.parse("2027-06-18T17:16:00Z");
        assertEquals("day 1 summaries sent: 0", schedule.handleRequest(Map.of(), null));
        assertEquals(1, LocalAws.get().emailsTo(lead).size());
        String later = s.facilitator(lead); // the first session ended after 12 hours
        assertEquals("already_sent", s.api.call("POST /api/workshops/{id}/summaries", Map.of("id", id), later, Map.of("day", 1)).text("status"));
    }
}
