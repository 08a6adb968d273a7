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
    void threeHundredVotesFromAHundredPeopleAtOnceEndWithExactTotalsAndNoBudgetExceeded() throws Exception {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Voting room").text("id");
        List<String> themes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            themes.add(s.api.call("POST /api/workshops/{id}/themes", Map.of("id", id), facilitator,
                    Map.of("category", "not_working", "title", "Theme " + i)).text("id"));
        }
        List<Scenario.Person> people = new ArrayList<>();
        for (int i = 0; i < 100; i++) people.add(s.join(id, i % 3 == 0 ? "lived_experience" : "provider", "en"));
        assertEquals(200, s.phase(id, facilitator, "theme_voting").status());

        // Each person asks for 2 dots on three themes: 6 wanted against a budget of 5, so one must be refused.
        List<Callable<Integer>> work = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            for (int k = 0; k < 3; k++) {
                String token = people.get(p).token();
                String theme = themes.get((p + k) % themes.size());
                work.add(() -> s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme), token,
                        Map.of("dots", 2)).status());
            }
        }
        int placed = 0;
        int refused = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> f : pool.invokeAll(work)) {
                int status = f.get();
                if (status == 200) placed++;
                else if (status == 409) refused++;
                else throw new AssertionError("unexpected status " + status);
            }
        }
        assertEquals(300, placed + refused);
        assertEquals(200, placed, "two of each person's three votes fit their budget of five");

        JsonNode board = s.board(id, facilitator).json();
        int total = 0;
        for (JsonNode t : board.path("themes")) {
            total += t.path("dots").asInt();
            int byPerspective = 0;
            for (JsonNode n : t.path("dotsByPerspective")) byPerspective += n.asInt();
            assertEquals(t.path("dots").asInt(), byPerspective);
        }
        assertEquals(placed * 2, total, "every placed dot counted once");
        for (Scenario.Person person : people) {
            assertEquals(1, s.board(id, person.token()).json().at("/me/dotsLeft").asInt(), "nobody went over the budget");
        }
    }

    @Test
    void twoFacilitatorsMovingTheSameStatementLeaveItInExactlyOneTheme() throws Exception {
        String first = s.facilitator("facilitator@example.org");
        String second = s.facilitator("second@example.org");
        String id = s.createWorkshop(first, "Moves").text("id");
        Scenario.Person person = s.join(id, "carer", "en");
        String statement = s.say(id, person.token(), "working", "My neighbour").text("id");
        String a = s.api.call("POST /api/workshops/{id}/themes", Map.of("id", id), first, Map.of("category", "working", "title", "A")).text("id");
        String b = s.api.call("POST /api/workshops/{id}/themes", Map.of("id", id), second, Map.of("category", "working", "title", "B")).text("id");
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String token = i % 2 == 0 ? first : second;
            String theme = i % 2 == 0 ? a : b;
            work.add(() -> s.api.call("PUT /api/workshops/{id}/statements/{sid}/theme", Map.of("id", id, "sid", statement), token,
                    Map.of("themeId", theme)).status());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> f : pool.invokeAll(work)) assertEquals(200, f.get());
        }
        JsonNode board = s.board(id, first).json();
        int placements = 0;
        for (JsonNode t : board.path("themes")) placements += t.path("count").asInt();
        assertEquals(1, placements);
        assertEquals(board.at("/statements/0/themeId").asText(), board.path("themes").get(0).path("count").asInt() == 1
                ? board.path("themes").get(0).path("id").asText() : board.path("themes").get(1).path("id").asText());
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
