package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A room of people writing at once loses nothing and counts nothing twice. */
class ConcurrencyTest {
    private final Scenario s = new Scenario();

    @Test
    void sixtyPeopleAnsweringAtOnceAreAllKeptAndEveryChangeBumpsTheVersionOnce() throws Exception {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Busy room").text("id");
        long before = s.board(id, facilitator).json().path("version").asLong();

        List<Callable<Integer>> work = new ArrayList<>();
        for (int person = 0; person < 60; person++) {
            int n = person;
            work.add(() -> {
                Scenario.Person p = s.join(id, n % 2 == 0 ? "carer" : "provider", "en");
                int ok = 0;
                for (String prompt : List.of("working", "not_working", "future")) {
                    if (s.say(id, p.token(), prompt, "Person " + n + " on " + prompt).status() == 201) ok++;
                }
                return ok;
            });
        }
        int saved = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> f : pool.invokeAll(work)) saved += f.get();
        }
        assertEquals(180, saved);

        JsonNode board = s.board(id, facilitator).json();
        Set<String> texts = new HashSet<>();
        board.path("statements").forEach(st -> texts.add(st.path("text").asText()));
        assertEquals(180, texts.size());
        assertEquals(60, board.at("/counts/participants").asInt());
        assertEquals(30, board.at("/counts/byPerspective/carer").asInt());
        assertEquals(before + 60 + 180, board.path("version").asLong(), "one bump per join and per answer");
    }

    @Test
    void twoFacilitatorsHidingAtOnceLoseNeitherChange() throws Exception {
        String first = s.facilitator("facilitator@example.org");
        String second = s.facilitator("second@example.org");
        String id = s.createWorkshop(first, "Two at the console").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) ids.add(s.say(id, person.token(), "working", "Answer " + i).text("id"));

        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String token = i % 2 == 0 ? first : second;
            String sid = ids.get(i);
            work.add(() -> s.api.call("PATCH /api/workshops/{id}/statements/{sid}", Map.of("id", id, "sid", sid), token,
                    Map.of("hidden", true)).status());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> f : pool.invokeAll(work)) assertEquals(200, f.get());
        }
        JsonNode board = s.board(id, first).json();
        assertEquals(20, board.at("/counts/hidden").asInt());
        board.path("statements").forEach(st -> assertTrue(st.path("hidden").asBoolean()));
    }
}
