package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.commonground.clustering.SentenceEmbeddings;
import org.commonground.clustering.StatementVectors;
import org.commonground.aws.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each statement is embedded when it is saved, through DynamoDB Local's stream of the table to
 * the function the template feeds from it; asking for suggestions then only groups kept vectors.
 */
class VectorsOnSaveTest {
    private final Scenario s = Scenario.withStream();
    private final LocalStream stream = LocalStream.start(LocalAws.TEMPLATE, s.deployment);
    private final Table table = new Table(s.deployment.dynamo(), s.deployment.configuration().tableName());
    private final String facilitator = s.facilitator();
    private final String id = s.createWorkshop(facilitator, "Suggestions ready").text("id");
    private final Map<String, String> w = Map.of("id", id);

    @AfterEach
    void stop() { stream.close(); }

    @Test
    void statementsAreEmbeddedWhenSavedSoSuggestionsOnlyGroupKeptVectors() {
        Scenario.Person person = s.join(id, "carer", "en");
        Map<String, String> kind = new HashMap<>();
        for (String text : List.of("I haven't had a day off in two years", "I never get a break from caring, not even a weekend",
                "Respite is always booked up so I can't get a break")) {
            kind.put(s.say(id, person.token(), "not_working", text).text("id"), "breaks");
        }
        for (String text : List.of("The car park at the hospital costs a fortune", "Parking at the surgery is impossible and expensive",
                "There are never any parking spaces near the clinic")) {
            kind.put(s.say(id, person.token(), "not_working", text).text("id"), "parking");
        }
        String welsh = s.say(id, person.token(), "not_working", "Dw i ddim wedi cael diwrnod i ffwrdd ers dwy flynedd").text("id");
        waitUntil(() -> table.partition(org.commonground.aws.Keys.vectors(id)).size() == 7, "every saved statement has its vector");

        // A change of words is embedded again; a move into a theme is not.
        String changed = kind.keySet().iterator().next();
        String newWords = "Parking near the hospital is a nightmare";
        assertEquals(200, s.api.call("PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", changed), person.token(),
                Map.of("text", newWords)).status());
        kind.put(changed, "parking");
        waitUntil(() -> table.get(org.commonground.aws.Keys.vectors(id), changed).map(v -> Table.text(v, "textHash")).orElse("")
                .equals(StatementVectors.hash(newWords)), "the changed words have a new vector");

        long before = SentenceEmbeddings.embedded();
        ApiClient.Answer suggested = s.api.call("POST /api/workshops/{id}/theme-suggestions", w, facilitator, Map.of());
        assertEquals(200, suggested.status(), suggested.body());
        assertEquals(before, SentenceEmbeddings.embedded(), "the request embedded nothing: every vector was kept on save");
        JsonNode themes = suggested.json().path("themes");
        assertEquals(2, themes.size(), suggested.body());
        Set<String> proposed = new HashSet<>();
        for (JsonNode t : themes) {
            Set<String> kinds = new HashSet<>();
            t.path("statementIds").forEach(sid -> { kinds.add(kind.get(sid.asText())); proposed.add(sid.asText()); });
            assertEquals(1, kinds.size(), "one kind of statement per proposal: " + t);
            assertEquals(t.path("statementIds").get(0).asText(), t.path("middleStatementId").asText(), "the middle statement comes first");
            assertTrue(t.path("title").asText().codePointCount(0, t.path("title").asText().length()) <= 60, t.path("title").asText());
        }
        assertEquals(List.of(welsh), List.of(suggested.json().path("welsh").get(0).asText()), "the Welsh statement is named, not grouped");
        assertFalse(proposed.contains(welsh));
        assertEquals(0, s.board(id, facilitator).json().path("themes").size(), "nothing applied");

        // A deleted statement's vector goes with it.
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", welsh), person.token(), null).status());
        waitUntil(() -> table.get(org.commonground.aws.Keys.vectors(id), welsh).isEmpty(), "the deleted statement's vector is gone");
    }

    @Test
    void importedAnswersAreEmbeddedTheSameWaySoSuggestionsReuseTheirVectors() {
        String csv = "What is working in your life?,What is not working in your life?,What is important to you for the future?\r\n"
                + ",I haven't had a day off in two years,\r\n"
                + ",\"I never get a break from caring, not even a weekend\",\r\n"
                + ",Respite is always booked up so I can't get a break,\r\n"
                + ",The car park at the hospital costs a fortune,\r\n"
                + ",Parking at the surgery is impossible and expensive,\r\n"
                + ",There are never any parking spaces near the clinic,\r\n";
        Map<String, Object> body = new HashMap<>();
        body.put("fileName", "answers.csv");
        body.put("content", java.util.Base64.getEncoder().encodeToString(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        body.put("columns", Map.of("working", "What is working in your life?", "not_working", "What is not working in your life?",
                "future", "What is important to you for the future?"));
        body.put("dryRun", false);
        ApiClient.Answer imported = s.api.call("POST /api/workshops/{id}/imports", w, facilitator, body);
        assertEquals(201, imported.status(), imported.body());
        assertEquals(6, imported.json().path("created").asInt(), imported.body());

        Map<String, String> texts = new HashMap<>();
        s.board(id, facilitator).json().path("statements").forEach(st -> texts.put(st.path("id").asText(), st.path("text").asText()));
        assertEquals(6, texts.size(), texts.toString());
        waitUntil(() -> {
            Map<String, String> kept = new HashMap<>();
            for (var item : table.partition(org.commonground.aws.Keys.vectors(id))) {
                kept.put(Table.text(item, "sk"), Table.text(item, "textHash"));
            }
            return texts.entrySet().stream().allMatch(t -> StatementVectors.hash(t.getValue()).equals(kept.get(t.getKey())));
        }, "every imported answer has a vector of its own words");

        long before = SentenceEmbeddings.embedded();
        ApiClient.Answer suggested = s.api.call("POST /api/workshops/{id}/theme-suggestions", w, facilitator, Map.of("category", "not_working"));
        assertEquals(200, suggested.status(), suggested.body());
        assertEquals(before, SentenceEmbeddings.embedded(), "the request embedded nothing: the imported answers' vectors were kept on import");
        JsonNode themes = suggested.json().path("themes");
        assertEquals(2, themes.size(), suggested.body());
        for (JsonNode t : themes) {
            Set<Boolean> parking = new HashSet<>();
            t.path("statementIds").forEach(sid -> parking.add(texts.get(sid.asText()).toLowerCase(java.util.Locale.ROOT).contains("park")));
            assertEquals(1, parking.size(), "one kind of answer per proposal: " + t);
        }
        assertEquals(0, s.board(id, facilitator).json().path("themes").size(), "nothing applied");
    }

    /** Waits for what proves the step, checking every 50 ms, for at most two minutes (the model loads on first use). */
    private static void waitUntil(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("Not done in time: " + what);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
