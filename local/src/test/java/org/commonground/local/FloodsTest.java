package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonground.auth.Floods;
import org.junit.jupiter.api.Test;

/**
 * Limits stop a script and never a room. The clock stands still, so everything here happens
 * within one minute; every request comes from the same address, as from a venue's Wi-Fi.
 */
class FloodsTest {
    private final HandClock clock = new HandClock(Instant.parse("2027-03-09T10:15:00Z"));
    private final Scenario s = new Scenario(clock, Map.of());

    @Test
    void threeHundredPeopleJoiningAndVotingInOneMinuteFromOneAddressAllGetThrough() throws Exception {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "A full hall").text("id");
        List<String> themes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            themes.add(s.api.call("POST /api/workshops/{id}/themes", Map.of("id", id), facilitator,
                    Map.of("category", "not_working", "title", "Theme " + i)).text("id"));
        }
        assertEquals(200, s.phase(id, facilitator, "theme_voting").status());
        List<Callable<List<Integer>>> people = new ArrayList<>();
        for (int p = 0; p < 300; p++) {
            int n = p;
            people.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                ApiClient.Answer joined = s.api.call("POST /api/workshops/{id}/participants", Map.of("id", id), null,
                        Map.of("perspective", "carer", "language", "en"));
                statuses.add(joined.status());
                for (int k = 0; k < 3; k++) {
                    String theme = themes.get((n + k) % themes.size());
                    statuses.add(s.api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme),
                            joined.text("token"), Map.of("dots", 1)).status());
                }
                return statuses;
            });
        }
        int ok = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<List<Integer>> f : pool.invokeAll(people)) {
                List<Integer> statuses = f.get();
                assertEquals(201, statuses.getFirst(), "joined");
                for (int status : statuses.subList(1, statuses.size())) {
                    assertEquals(200, status, "voted");
                    ok++;
                }
            }
        }
        assertEquals(900, ok);
        var board = s.board(id, facilitator).json();
        assertEquals(300, board.at("/counts/participants").asInt());
        int dots = 0;
        for (var t : board.path("themes")) dots += t.path("dots").asInt();
        assertEquals(900, dots);
    }

    @Test
    void oneTokenPostingAsFastAsAScriptIsStoppedAndOthersAreNot() {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "A script").text("id");
        Scenario.Person script = s.join(id, "carer", "en");
        Scenario.Person neighbour = s.join(id, "carer", "en");
        int saved = 0;
        ApiClient.Answer refused = null;
        for (int i = 0; i < 60; i++) {
            ApiClient.Answer a = s.say(id, script.token(), "not_working", "x".repeat(1990) + " " + i);
            if (a.status() == 201) saved++;
            else refused = a;
        }
        assertEquals(Floods.WORDS_PER_PERSON, saved);
        assertEquals(429, refused.status());
        assertEquals("too_many_at_once", refused.error());
        assertTrue(refused.text("message").contains("wait a minute"), refused.body());
        assertEquals(201, s.say(id, neighbour.token(), "working", "My own words").status(), "someone else is not held back");
        assertEquals(201, s.say(id, facilitator, "working", "Typed up from paper").status(), "nor a facilitator");

        clock.now = clock.now.plusSeconds(61);
        assertEquals(201, s.say(id, script.token(), "working", "A minute later").status(), "the limit is per minute");
        assertEquals(Floods.WORDS_PER_PERSON + 3, s.board(id, facilitator).json().path("statements").size());
    }

    @Test
    void aJoinFloodIsStoppedAtTheWorkshopsLimitWithAClearMessage() throws Exception {
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Join flood").text("id");
        List<Callable<Integer>> joins = new ArrayList<>();
        for (int i = 0; i < Floods.JOINS_PER_WORKSHOP + 20; i++) {
            joins.add(() -> s.api.call("POST /api/workshops/{id}/participants", Map.of("id", id), null,
                    Map.of("perspective", "carer", "language", "en")).status());
        }
        int joined = 0;
        int refused = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> f : pool.invokeAll(joins)) {
                if (f.get() == 201) joined++;
                else if (f.get() == 429) refused++;
            }
        }
        assertEquals(Floods.JOINS_PER_WORKSHOP, joined);
        assertEquals(20, refused);
        ApiClient.Answer more = s.api.call("POST /api/workshops/{id}/participants", Map.of("id", id), null,
                Map.of("perspective", "carer", "language", "en"));
        assertEquals("too_many_joining", more.error());
        String other = s.createWorkshop(facilitator, "Another room").text("id");
        s.join(other, "carer", "en");
    }
}
