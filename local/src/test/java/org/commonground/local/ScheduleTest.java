package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.commonground.handlers.ScheduleHandler;
import org.junit.jupiter.api.Test;

/** The schedule sends a day summary nobody asked for, once, from 18:00 on that day. */
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
        assertEquals(0, summariesSent(schedule));
        clock.now = Instant.parse("2027-06-18T17:01:00Z");
        assertEquals(1, summariesSent(schedule));
        clock.now = Instant.parse("2027-06-18T17:16:00Z");
        assertEquals(0, summariesSent(schedule));
        assertEquals(1, LocalAws.get().emailsArrive(lead).size());
        String later = s.facilitator(lead); // the first session ended after 12 hours
        assertEquals("already_sent", s.api.call("POST /api/workshops/{id}/summaries", Map.of("id", id), later, Map.of("day", 1)).text("status"));
    }

    @Test
    void theDayTwoSummaryGoesOutAtSixOnDayTwoIfTheRoomIsStillInDayTwo() {
        String lead = "schedule2-" + UUID.randomUUID() + "@example.org";
        HandClock clock = new HandClock(Instant.parse("2027-11-24T10:00:00Z"));
        Scenario s = new Scenario(clock, Map.of("FACILITATOR_EMAILS", lead));
        String token = s.facilitator(lead);
        String id = s.api.call("POST /api/workshops", Map.of(), token,
                Map.of("title", "Scheduled day 2", "settings", Map.of("day2Date", "2027-11-25"))).text("id");
        assertEquals(200, s.phase(id, token, "grid").status());
        ScheduleHandler schedule = new ScheduleHandler(s.deployment);

        clock.now = Instant.parse("2027-11-25T17:59:00Z"); // 17:59 in London (winter time)
        assertEquals(0, summariesSent(schedule));
        clock.now = Instant.parse("2027-11-25T18:01:00Z");
        assertEquals(1, summariesSent(schedule));
        assertEquals(0, summariesSent(schedule));
        assertEquals("Day 2 summary: Scheduled day 2 / Crynodeb diwrnod 2: Scheduled day 2",
                LocalAws.get().emailsArrive(lead).getFirst().path("subject").asText());
    }

    /** The schedule reports each of its jobs; these tests read the day summaries' count. */
    private static int summariesSent(ScheduleHandler schedule) {
        String report = schedule.handleRequest(Map.of(), null);
        var m = java.util.regex.Pattern.compile("day summaries sent: (\\d+)").matcher(report);
        if (!m.find()) throw new AssertionError(report);
        return Integer.parseInt(m.group(1));
    }
}
