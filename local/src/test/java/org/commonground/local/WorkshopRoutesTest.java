package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WorkshopRoutesTest {
    private final Scenario s = new Scenario();

    @Test
    void aFacilitatorSignsInWithTheLinkEmailedToThem() {
        // A fresh address per run, so the emulator's inbox holds only this test's mail.
        String address = "lead-" + UUID.randomUUID() + "@example.org";
        Scenario own = new Scenario(java.time.Clock.systemUTC(), Map.of("FACILITATOR_EMAILS", address));
        ApiClient.Answer asked = own.api.call("POST /api/auth/links", Map.of(), null, Map.of("email", address.toUpperCase()));
        assertEquals(202, asked.status());

        List<JsonNode> emails = LocalAws.get().emailsArrive(address);
        assertEquals(1, emails.size());
        JsonNode email = emails.getFirst();
        assertEquals("Sign in to Common Ground / Mewngofnodi i Common Ground", email.path("subject").asText());
        String text = email.path("body").path("text").asText();
        assertTrue(text.contains("Mewngofnodi i Common Ground"), "the email is in Welsh too");
        Matcher link = Pattern.compile("https://commonground\\.example\\.gov\\.uk/signin\\?token=([\\w-]+)").matcher(text);
        assertTrue(link.find(), text);
        // Mustache escapes '=' in attributes as a character reference, which mail clients decode.
        String html = email.path("body").path("html").asText().replace("&#x3D;", "=");
        assertTrue(html.contains("href=\"" + link.group() + "\""), html);

        ApiClient.Answer session = own.api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", link.group(1)));
        assertEquals(201, session.status(), session.body());
        assertEquals(address, session.text("email"));
        assertEquals(200, own.api.call("GET /api/workshops", Map.of(), session.text("token"), null).status());

        ApiClient.Answer again = own.api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", link.group(1)));
        assertEquals(401, again.status());
        assertEquals("This sign-in link has already been used or has expired. Ask for a new link on the sign-in page.", again.text("message"));
    }

    @Test
    void anAddressNotOnTheListGetsTheSameAnswerAndNoEmail() {
        String stranger = "stranger-" + UUID.randomUUID() + "@example.org";
        ApiClient.Answer asked = s.api.call("POST /api/auth/links", Map.of(), null, Map.of("email", stranger));
        assertEquals(202, asked.status());
        assertEquals(List.of(), LocalAws.get().emailsTo(stranger));
    }

    @Test
    void aStrangerAskingAgainAndAgainNeitherFloodsTheInboxNorLocksTheFacilitatorOut() {
        HandClock clock = new HandClock(java.time.Instant.parse("2027-03-18T09:00:00Z"));
        String address = "busy-" + UUID.randomUUID() + "@example.org";
        Scenario own = new Scenario(clock, Map.of("FACILITATOR_EMAILS", address));
        for (String who : List.of(address, "stranger-" + UUID.randomUUID() + "@example.org")) {
            for (int i = 0; i < 8; i++) {
                ApiClient.Answer asked = own.api.call("POST /api/auth/links", Map.of(), null, Map.of("email", who));
                assertEquals(202, asked.status(), "the same answer every time, for every address");
            }
        }
        List<JsonNode> sent = LocalAws.get().emailsTo(address);
        assertEquals(5, sent.size(), "at most five links in 15 minutes");
        Matcher newest = Pattern.compile("signin\\?token=([\\w-]+)").matcher(sent.getLast().path("body").path("text").asText());
        assertTrue(newest.find());
        assertEquals(201, own.api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", newest.group(1))).status(),
                "the facilitator still signs in with a link already in their inbox");
        clock.now = clock.now.plusSeconds(15 * 60 + 1);
        assertEquals(202, own.api.call("POST /api/auth/links", Map.of(), null, Map.of("email", address)).status());
        assertEquals(6, LocalAws.get().emailsTo(address).size());
    }

    @Test
    void signingOutEndsTheSession() {
        String token = s.facilitator();
        assertEquals(204, s.api.call("DELETE /api/auth/sessions/current", Map.of(), token, null).status());
        assertEquals(401, s.api.call("GET /api/workshops", Map.of(), token, null).status());
    }

    @Test
    void aFacilitatorCreatesAWorkshopWithDefaultsAndFindsItAgain() {
        String token = s.facilitator();
        ApiClient.Answer created = s.createWorkshop(token, "Ageing well in Newport");
        String id = created.text("id");
        String code = created.text("code");
        assertEquals("https://commonground.example.gov.uk/join/" + code, created.text("joinUrl"));
        assertEquals("gathering", created.text("phase"));
        assertEquals("Beth sy'n gweithio yn eich bywyd?", created.json().at("/prompts/0/text/cy").asText());
        assertEquals(5, created.json().at("/settings/dotBudget").asInt());

        ApiClient.Answer list = s.api.call("GET /api/workshops", Map.of(), token, null);
        assertEquals(id, list.json().at("/workshops/0/id").asText());

        ApiClient.Answer join = s.api.call("GET /api/join/{code}", Map.of("code", code.toLowerCase()), null, null);
        assertEquals(200, join.status());
        assertEquals(id, join.text("workshopId"));
        assertEquals("Ageing well in Newport", join.text("title"));
        assertEquals(3, join.json().path("prompts").size());
        assertEquals(5, join.json().path("perspectives").size());
        assertEquals("[\"en\",\"cy\"]", join.json().path("languages").toString());
        assertFalse(join.json().has("settings"), "participants do not need the settings");

        ApiClient.Answer qr = s.api.call("GET /api/join/{code}/qr.svg", Map.of("code", code), null, null);
        assertEquals(200, qr.status());
        assertEquals("image/svg+xml", qr.headers().get("Content-Type"));
        assertTrue(qr.body().startsWith("<svg") && qr.body().contains("<path d=\"M"), qr.body());
    }

    @Test
    void theFacilitatorMovesTheWorkshopToAnyPhaseAndPollersSeeIt() {
        String token = s.facilitator();
        String id = s.createWorkshop(token, "Phases").text("id");
        long version = s.board(id, token).json().path("version").asLong();

        ApiClient.Answer unchanged = s.api.send("GET /api/workshops/{id}/board", Map.of("id", id), token, null, Map.of("since", Long.toString(version)));
        assertEquals(304, unchanged.status());

        for (String phase : List.of("grid", "clustering", "closed", "gathering")) {
            ApiClient.Answer moved = s.phase(id, token, phase);
            assertEquals(200, moved.status(), moved.body());
            assertEquals(phase, moved.text("phase"));
        }
        ApiClient.Answer changed = s.api.send("GET /api/workshops/{id}/board", Map.of("id", id), token, null, Map.of("since", Long.toString(version)));
        assertEquals(200, changed.status());
        assertEquals(version + 4, changed.json().path("version").asLong());
        assertEquals("gathering", changed.text("phase"));
    }

    @Test
    void theBigScreenLinkReadsTheBoardWithoutStatementsAndCannotChangeAnything() {
        String token = s.facilitator();
        String id = s.createWorkshop(token, "Screen").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        assertEquals(201, s.say(id, person.token(), "working", "The Tuesday group").status());

        ApiClient.Answer link = s.api.call("POST /api/workshops/{id}/screen-links", Map.of("id", id), token, null);
        assertEquals(201, link.status());
        String screen = link.text("token");
        assertEquals("https://commonground.example.gov.uk/screen/" + id + "?token=" + screen, link.text("url"));

        ApiClient.Answer board = s.board(id, screen);
        assertEquals(200, board.status());
        assertEquals(1, board.json().at("/counts/participants").asInt());
        assertEquals(1, board.json().at("/counts/statements").asInt());
        assertEquals(0, board.json().path("statements").size());
        assertEquals(403, s.say(id, screen, "working", "from the screen").status());
        assertEquals(403, s.phase(id, screen, "closed").status());

        String other = s.createWorkshop(token, "Other").text("id");
        assertEquals(403, s.board(other, screen).status());
    }

    @Test
    void workshopsAreForFacilitatorsOnly() {
        String token = s.facilitator();
        String id = s.createWorkshop(token, "Private").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        assertEquals(401, s.api.call("GET /api/workshops", Map.of(), null, null).status());
        assertEquals(403, s.api.call("GET /api/workshops", Map.of(), person.token(), null).status());
        assertEquals(403, s.api.call("POST /api/workshops", Map.of(), person.token(), Map.of("title", "Mine")).status());
        assertEquals(403, s.phase(id, person.token(), "closed").status());
        assertEquals(403, s.api.call("POST /api/workshops/{id}/screen-links", Map.of("id", id), person.token(), null).status());
        assertNotNull(s.board(id, person.token()).json().get("me"));
    }
}
