package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Big-screen links against DynamoDB Local: copied to any computer, stopped by a facilitator, ended after the workshop's days. */
class ScreenLinkRoutesTest {
    private final HandClock clock = new HandClock(Instant.parse("2027-03-17T09:00:00Z"));
    private final Scenario s = new Scenario(clock, Map.of());

    private String datedWorkshop(String token, String day1, String day2) {
        ApiClient.Answer created = s.api.call("POST /api/workshops", Map.of(), token,
                Map.of("title", "Screens", "settings", Map.of("day1Date", day1, "day2Date", day2)));
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    private ApiClient.Answer make(String id, String token) {
        ApiClient.Answer link = s.api.call("POST /api/workshops/{id}/screen-links", Map.of("id", id), token, null);
        assertEquals(201, link.status(), link.body());
        return link;
    }

    @Test
    void aLinkWorksThroughTheWorkshopsDaysAndEndsAtMidnightAfterTheLastOne() {
        String token = s.facilitator();
        String id = datedWorkshop(token, "2027-03-18", "2027-03-25");
        ApiClient.Answer link = make(id, token);
        // Midnight at the end of 25 March, UK time (still GMT then): the link's whole life.
        assertEquals("2027-03-26T00:00:00Z", link.text("expiresAt"));
        assertEquals("https://commonground.example.gov.uk/screen/" + id + "?token=" + link.text("token"), link.text("url"));
        String screen = link.text("token");

        clock.now = Instant.parse("2027-03-25T22:30:00Z");
        assertEquals(200, s.board(id, screen).status(), "still working late on the last day");
        clock.now = Instant.parse("2027-03-26T00:00:01Z");
        ApiClient.Answer ended = s.board(id, screen);
        assertEquals(401, ended.status());
        assertEquals("not_signed_in", ended.error());
        assertEquals(0, s.api.call("GET /api/workshops/{id}/screen-links", Map.of("id", id), s.facilitator(), null).json().path("links").size(),
                "an ended link is not listed");
    }

    @Test
    void aLinkMadeAfterTheLastDayLastsToTheEndOfToday() {
        String token = s.facilitator();
        String id = datedWorkshop(token, "2027-03-01", "2027-03-08");
        // In British Summer Time the day ends at 23:00 UTC.
        clock.now = Instant.parse("2027-06-02T10:00:00Z");
        assertEquals("2027-06-02T23:00:00Z", make(id, s.facilitator()).text("expiresAt"));
    }

    @Test
    void aWorkshopWithoutDatesGetsAWeek() {
        String token = s.facilitator();
        String id = s.createWorkshop(token, "No dates").text("id");
        assertEquals("2027-03-24T09:00:00Z", make(id, token).text("expiresAt"));
    }

    @Test
    void aFacilitatorSeesTheLinksAndStopsOneAtOnce() {
        String token = s.facilitator();
        String id = datedWorkshop(token, "2027-03-18", "2027-03-25");
        ApiClient.Answer venue = make(id, token);
        clock.now = clock.now.plusSeconds(60);
        ApiClient.Answer spare = make(id, token);

        ApiClient.Answer listed = s.api.call("GET /api/workshops/{id}/screen-links", Map.of("id", id), token, null);
        assertEquals(200, listed.status(), listed.body());
        JsonNode links = listed.json().path("links");
        assertEquals(2, links.size());
        assertEquals(venue.text("id"), links.get(0).path("id").asText());
        assertEquals("2027-03-17T09:00:00Z", links.get(0).path("createdAt").asText());
        assertTrue(links.get(0).path("token").isMissingNode(), "the token is never given out again");

        Scenario.Person person = s.join(id, "carer", "en");
        assertEquals(403, s.api.call("GET /api/workshops/{id}/screen-links", Map.of("id", id), person.token(), null).status());
        assertEquals(403, s.api.call("DELETE /api/workshops/{id}/screen-links/{linkId}", Map.of("id", id, "linkId", venue.text("id")), person.token(), null).status());
        assertEquals(403, s.api.call("DELETE /api/workshops/{id}/screen-links/{linkId}", Map.of("id", id, "linkId", venue.text("id")), venue.text("token"), null).status(),
                "a screen cannot stop itself or another");

        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/screen-links/{linkId}", Map.of("id", id, "linkId", venue.text("id")), token, null).status());
        assertEquals(401, s.board(id, venue.text("token")).status());
        assertEquals(200, s.board(id, spare.text("token")).status(), "the other link still works");
        JsonNode left = s.api.call("GET /api/workshops/{id}/screen-links", Map.of("id", id), token, null).json().path("links");
        assertEquals(1, left.size());
        assertEquals(spare.text("id"), left.get(0).path("id").asText());

        ApiClient.Answer again = s.api.call("DELETE /api/workshops/{id}/screen-links/{linkId}", Map.of("id", id, "linkId", venue.text("id")), token, null);
        assertEquals(404, again.status());
        assertEquals("screen_link_not_found", again.error());
    }

    @Test
    void deletingTheWorkshopTakesItsLinks() {
        String token = s.facilitator();
        ApiClient.Answer created = s.createWorkshop(token, "Gone");
        String id = created.text("id");
        String screen = make(id, token).text("token");
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}", Map.of("id", id), token, Map.of("confirm", created.text("code"))).status());
        assertTrue(s.app.tokens().resolve(screen).isEmpty(), "the token is gone from the table");
    }
}
