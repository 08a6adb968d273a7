package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.aws.Keys;
import org.commonground.aws.Table;
import org.junit.jupiter.api.Test;

class ResponseRoutesTest {
    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();
    private final String id = s.createWorkshop(facilitator, "Carers").text("id");

    private static List<String> texts(JsonNode board) {
        List<String> texts = new ArrayList<>();
        board.path("statements").forEach(st -> texts.add(st.path("text").asText()));
        return texts;
    }

    private static JsonNode byText(JsonNode board, String text) {
        for (JsonNode st : board.path("statements")) if (st.path("text").asText().equals(text)) return st;
        throw new AssertionError("No statement " + text + " on " + board);
    }

    @Test
    void aParticipantAnswersInTheirOwnWordsAndSeesOnlyTheirOwn() {
        Scenario.Person siân = s.join(id, "carer", "cy");
        Scenario.Person other = s.join(id, "provider", "en");
        String words = "  <script>alert('x')</script> Mae'r grŵp dydd Mawrth yn help mawr 💚\n";
        ApiClient.Answer added = s.say(id, siân.token(), "working", words);
        assertEquals(201, added.status(), added.body());
        assertEquals(words.strip(), added.text("text"), "kept verbatim, only trimmed");
        assertEquals(201, s.say(id, other.token(), "not_working", "Waiting lists").status());

        JsonNode mine = s.board(id, siân.token()).json();
        assertEquals(List.of(words.strip()), texts(mine));
        assertTrue(mine.at("/statements/0/mine").asBoolean());
        assertEquals("carer", mine.at("/me/perspective").asText());
        assertEquals("cy", mine.at("/me/language").asText());
        assertFalse(mine.at("/statements/0").has("perspective"), "no perspective needed on your own");

        JsonNode all = s.board(id, facilitator).json();
        assertEquals(2, all.path("statements").size());
        assertEquals(2, all.at("/counts/participants").asInt());
        assertEquals(1, all.at("/counts/byPrompt/working").asInt());
        assertEquals(1, all.at("/counts/byPerspective/provider").asInt());
        all.path("statements").forEach(st -> {
            assertFalse(st.has("participantId"), "statements are never shown with who wrote them");
            assertFalse(st.has("name"));
        });
        assertEquals("online", all.at("/statements/0/source").asText());
    }

    @Test
    void aParticipantChangesAndWithdrawsTheirOwnAnswersWhileGatheringIsOpen() {
        Scenario.Person person = s.join(id, "carer", "en");
        Scenario.Person someoneElse = s.join(id, "carer", "en");
        String sid = s.say(id, person.token(), "future", "A weekend away").text("id");

        ApiClient.Answer changed = s.api.call("PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", sid),
                person.token(), Map.of("text", "A weekend away with my sister"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(List.of("A weekend away with my sister"), texts(s.board(id, person.token()).json()));

        ApiClient.Answer notTheirs = s.api.call("PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", sid),
                someoneElse.token(), Map.of("text", "Rewritten"));
        assertEquals(404, notTheirs.status());
        assertEquals(404, s.api.call("DELETE /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", sid), someoneElse.token(), null).status());

        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", sid), person.token(), null).status());
        assertEquals(List.of(), texts(s.board(id, person.token()).json()));
        assertEquals(404, s.api.call("DELETE /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", sid), person.token(), null).status());
    }

    @Test
    void onceGatheringClosesParticipantsCannotChangeAnswersButNothingIsLost() {
        Scenario.Person person = s.join(id, "carer", "en");
        String sid = s.say(id, person.token(), "working", "My neighbour").text("id");
        assertEquals(200, s.phase(id, facilitator, "clustering").status());

        ApiClient.Answer late = s.say(id, person.token(), "working", "Too late");
        assertEquals(409, late.status());
        assertEquals("wrong_phase", late.error());
        assertTrue(late.text("message").contains("moved it on to clustering"), late.text("message"));
        assertEquals(409, s.api.call("PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", sid), person.token(), Map.of("text", "x")).status());
        assertEquals(409, s.api.call("DELETE /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", sid), person.token(), null).status());
        assertEquals(List.of("My neighbour"), texts(s.board(id, person.token()).json()));
    }

    @Test
    void aFacilitatorWritesAnswersDownForPeopleAtAnyTime() {
        assertEquals(200, s.phase(id, facilitator, "clustering").status());
        ApiClient.Answer forNew = s.api.call("POST /api/workshops/{id}/statements", Map.of("id", id), facilitator,
                Map.of("prompt", "not_working", "text", "Nobody asks how I am", "source", "paper",
                        "onBehalfOf", Map.of("perspective", "lived_experience", "name", "Mo")));
        assertEquals(201, forNew.status(), forNew.body());

        Scenario.Person person = s.join(id, "carer", "en");
        ApiClient.Answer forExisting = s.api.call("POST /api/workshops/{id}/statements", Map.of("id", id), facilitator,
                Map.of("prompt", "future", "text", "Respite I can trust", "onBehalfOf", person.participantId()));
        assertEquals(201, forExisting.status(), forExisting.body());
        List<String> theirs = new ArrayList<>();
        s.board(id, person.token()).json().path("statements").forEach(st -> {
            if (st.path("mine").asBoolean()) theirs.add(st.path("text").asText());
        });
        assertEquals(List.of("Respite I can trust"), theirs, "it shows as theirs");

        JsonNode board = s.board(id, facilitator).json();
        JsonNode paper = byText(board, "Nobody asks how I am");
        assertEquals("paper", paper.path("source").asText());
        assertEquals("lived_experience", paper.path("perspective").asText());
        assertEquals("interview", byText(board, "Respite I can trust").path("source").asText());

        ApiClient.Answer nobody = s.api.call("POST /api/workshops/{id}/statements", Map.of("id", id), facilitator,
                Map.of("prompt", "future", "text", "x", "onBehalfOf", "01m808c4aa9j8adqqehz29e9xc"));
        assertEquals(400, nobody.status());
        assertEquals("unknown_participant", nobody.error());
    }

    @Test
    void aFacilitatorHidesAnAbusiveAnswerButCannotRewritePeoplesWords() {
        Scenario.Person person = s.join(id, "carer", "en");
        String sid = s.say(id, person.token(), "not_working", "Something abusive").text("id");
        Map<String, String> path = Map.of("id", id, "sid", sid);

        ApiClient.Answer rewrite = s.api.call("PATCH /api/workshops/{id}/statements/{sid}", path, facilitator, Map.of("text", "Nicer words"));
        assertEquals(403, rewrite.status());
        assertEquals(403, s.api.call("DELETE /api/workshops/{id}/statements/{sid}", path, facilitator, null).status());

        ApiClient.Answer hidden = s.api.call("PATCH /api/workshops/{id}/statements/{sid}", path, facilitator, Map.of("hidden", true));
        assertEquals(200, hidden.status(), hidden.body());
        JsonNode board = s.board(id, facilitator).json();
        assertTrue(board.at("/statements/0/hidden").asBoolean());
        assertEquals("Something abusive", board.at("/statements/0/text").asText(), "kept, only hidden");
        assertEquals(0, board.at("/counts/statements").asInt());
        assertEquals(1, board.at("/counts/hidden").asInt());
        assertEquals(403, s.api.call("PATCH /api/workshops/{id}/statements/{sid}", path, person.token(), Map.of("hidden", false)).status());
        assertEquals(200, s.api.call("PATCH /api/workshops/{id}/statements/{sid}", path, facilitator, Map.of("hidden", false)).status());
        assertEquals(1, s.board(id, facilitator).json().at("/counts/statements").asInt());
    }

    @Test
    void aParticipantErasesEverythingAboutThemInOneStep() {
        Scenario.Person leaving = s.join(id, "carer", "en");
        Scenario.Person staying = s.join(id, "carer", "en");
        for (int i = 0; i < 3; i++) assertEquals(201, s.say(id, leaving.token(), "working", "Mine " + i).status());
        assertEquals(201, s.say(id, staying.token(), "working", "Theirs").status());

        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/participants/me", Map.of("id", id), leaving.token(), null).status());

        Table table = new Table(s.deployment.dynamo(), s.deployment.configuration().tableName());
        List<String> left = new ArrayList<>();
        table.partition(Keys.workshop(id)).forEach(item -> {
            if (leaving.participantId().equals(Table.text(item, "participantId")) || Keys.participant(leaving.participantId()).equals(Table.text(item, "sk"))) {
                left.add(Table.text(item, "sk"));
            }
        });
        assertEquals(List.of(), left, "no item of theirs is left");
        assertEquals(401, s.board(id, leaving.token()).status(), "their token no longer works");
        JsonNode board = s.board(id, facilitator).json();
        assertEquals(List.of("Theirs"), texts(board));
        assertEquals(1, board.at("/counts/participants").asInt());
    }

    @Test
    void everyRecordOfAWorkshopExpiresWithItsRetentionSetting() {
        ApiClient.Answer created = s.api.call("POST /api/workshops", Map.of(), facilitator,
                Map.of("title", "Short-lived", "settings", Map.of("retentionDays", 30)));
        String shortLived = created.text("id");
        long expected = java.time.Instant.parse(created.text("createdAt")).plus(java.time.Duration.ofDays(30)).getEpochSecond();
        Scenario.Person person = s.join(shortLived, "carer", "en");
        assertEquals(201, s.say(shortLived, person.token(), "working", "Mine").status());
        assertEquals(201, s.api.call("POST /api/workshops/{id}/statements", Map.of("id", shortLived), facilitator,
                Map.of("prompt", "future", "text", "From paper", "source", "paper", "onBehalfOf", Map.of("perspective", "carer"))).status());

        Table table = new Table(s.deployment.dynamo(), s.deployment.configuration().tableName());
        var items = table.partition(Keys.workshop(shortLived));
        assertEquals(4, items.size(), "the workshop, the person who joined and two statements (writing down for someone makes no person): " + items);
        items.forEach(item -> assertEquals(expected, Table.number(item, "expiresAt", 0), Table.text(item, "sk")));
        var token = table.get(Keys.token(org.commonground.auth.Tokens.hash(person.token()))).orElseThrow();
        assertEquals(expected, Table.number(token, "expiresAt", 0));
    }

    @Test
    void anEmailIsKeptOnlyWithConsentToUpdates() {
        ApiClient.Answer refused = s.api.call("POST /api/workshops/{id}/participants", Map.of("id", id), null,
                Map.of("perspective", "carer", "language", "en", "email", "me@example.org"));
        assertEquals(400, refused.status());
        assertEquals("email_without_consent", refused.error());

        ApiClient.Answer joined = s.api.call("POST /api/workshops/{id}/participants", Map.of("id", id), null,
                Map.of("perspective", "carer", "language", "en", "email", "Me@Example.org", "updatesConsent", true));
        assertEquals(201, joined.status());
        JsonNode me = s.board(id, joined.text("token")).json().path("me");
        assertTrue(me.path("updatesConsent").asBoolean());
        assertNull(me.get("email"), "the board never repeats the address");
    }
}
