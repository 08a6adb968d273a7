package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonground.kernel.Json;
import org.junit.jupiter.api.Test;

/** "Saving once": a double tap or a retry with the same Idempotency-Key creates one thing and gets the first answer. */
class SavingOnceTest {
    private final Scenario s = new Scenario();

    private ApiClient.Answer post(String route, Map<String, String> path, String token, Object body, String key) {
        return s.api.send(route, path, token, Json.write(body), Map.of(), Map.of("Idempotency-Key", key));
    }

    @Test
    void aRepeatedStatementIsSavedOnceAndAnsweredTheSame() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Saving once").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        Map<String, String> w = Map.of("id", id);
        Map<String, Object> body = Map.of("prompt", "working", "text", "My neighbour checks in");
        ApiClient.Answer first = post("POST /api/workshops/{id}/statements", w, person.token(), body, "tap-0001-aaaa");
        ApiClient.Answer again = post("POST /api/workshops/{id}/statements", w, person.token(), body, "tap-0001-aaaa");
        assertEquals(201, first.status(), first.body());
        assertEquals(201, again.status());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.headers().get("Idempotent-Replayed"));
        ApiClient.Answer fresh = post("POST /api/workshops/{id}/statements", w, person.token(), body, "tap-0002-bbbb");
        assertNotEquals(first.text("id"), fresh.text("id"), "a new key is a new submission");
        assertEquals(2, s.board(id, facilitator).json().path("statements").size());
    }

    @Test
    void twentyCopiesArrivingAtOnceCreateOneAndAllGetTheFirstAnswer() throws Exception {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "At the same moment").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        Map<String, String> w = Map.of("id", id);
        s.phase(id, facilitator, "ideas");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<ApiClient.Answer>> copies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            copies.add(() -> {
                start.await();
                return post("POST /api/workshops/{id}/ideas", w, person.token(), Map.of("lens", "community", "text", "A lift share"),
                        "9b6f8c2e-5f0a-4d53-a1c3-7c1f0e2d9a11");
            });
        }
        Set<String> bodies = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (Callable<ApiClient.Answer> c : copies) answers.add(pool.submit(c));
            start.countDown();
            for (Future<ApiClient.Answer> f : answers) {
                ApiClient.Answer a = f.get();
                assertEquals(201, a.status(), a.body());
                bodies.add(a.body());
            }
        }
        assertEquals(1, bodies.size(), "every copy got the first answer");
        JsonNode ideas = s.board(id, facilitator).json().path("ideas");
        assertEquals(1, ideas.size(), "one idea saved");
    }

    @Test
    void joiningTwiceWithOneKeyGivesOnePlaceAndTheSameToken() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Joining once").text("id");
        Map<String, Object> body = Map.of("perspective", "carer", "language", "en");
        ApiClient.Answer first = post("POST /api/workshops/{id}/participants", Map.of("id", id), null, body, "join-key-123");
        ApiClient.Answer again = post("POST /api/workshops/{id}/participants", Map.of("id", id), null, body, "join-key-123");
        assertEquals(201, again.status());
        assertEquals(first.text("token"), again.text("token"));
        assertEquals(1, s.board(id, facilitator).json().at("/counts/participants").asInt());
    }

    @Test
    void aKeyReusedForADifferentRequestOrOfTheWrongShapeIsRefused() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Keys").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        Map<String, String> w = Map.of("id", id);
        assertEquals(201, post("POST /api/workshops/{id}/statements", w, person.token(), Map.of("prompt", "working", "text", "One"), "same-key-42").status());
        ApiClient.Answer other = post("POST /api/workshops/{id}/statements", w, person.token(), Map.of("prompt", "working", "text", "Two"), "same-key-42");
        assertEquals(409, other.status());
        assertEquals("idempotency_key_reused", other.error());
        for (String bad : List.of("short", "x".repeat(129), "caf\u00e9-caf\u00e9-1", "tab\there-123")) {
            ApiClient.Answer a = post("POST /api/workshops/{id}/statements", w, person.token(), Map.of("prompt", "working", "text", "Three"), bad);
            assertEquals(400, a.status(), bad);
            assertEquals("invalid_idempotency_key", a.error());
        }
        assertEquals(1, s.board(id, facilitator).json().path("statements").size());
    }

    @Test
    void aRefusalIsAnsweredAgainButAKeyFromAnotherPersonIsTheirOwn() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Two people").text("id");
        Scenario.Person one = s.join(id, "carer", "en");
        Scenario.Person two = s.join(id, "carer", "en");
        Map<String, String> w = Map.of("id", id);
        Map<String, Object> body = Map.of("prompt", "working", "text", "Same words");
        ApiClient.Answer a = post("POST /api/workshops/{id}/statements", w, one.token(), body, "shared-key-1");
        ApiClient.Answer b = post("POST /api/workshops/{id}/statements", w, two.token(), body, "shared-key-1");
        assertNotEquals(a.text("id"), b.text("id"), "the same key from two people is two submissions");
        s.phase(id, facilitator, "clustering");
        ApiClient.Answer late = post("POST /api/workshops/{id}/statements", w, one.token(), body, "late-key-1");
        assertEquals(409, late.status());
        s.phase(id, facilitator, "gathering");
        ApiClient.Answer retried = post("POST /api/workshops/{id}/statements", w, one.token(), body, "late-key-1");
        assertEquals(409, retried.status(), "the first answer again, not a second run");
        assertEquals(late.body(), retried.body());
    }
}
