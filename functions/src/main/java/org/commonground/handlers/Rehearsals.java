package org.commonground.handlers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.commonground.api.ApiHandler.Rehearsing;
import org.commonground.workshops.Phase;

/**
 * What each function rehearses before its SnapStart snapshot (see {@link Rehearsal}): the
 * requests a room waits on, each made {@value #ROUNDS} times so the first person's request finds
 * its classes loaded, its lambdas linked and its replies' JSON writers built. Every request is
 * one that succeeds and changes something, as a person's would.
 */
final class Rehearsals {
    static final int ROUNDS = 10;
    /** Turns go round a few people, so both a person's first write (a new flood window) and later ones run. */
    static final int PEOPLE = 3;
    /** About 0.5 s of board reads locally. */
    static final int BOARD_ROUNDS = 100;

    private Rehearsals() {}

    /** The board as phones poll it, with answers on it, and the join page. */
    static void workshops(Deployment deployment, Rehearsing room) {
        try (Rehearsal r = new Rehearsal(deployment)) {
            String token = r.join();
            r.answer(token, "I have not had a night off in a year");
            r.answer(token, "Nobody asks how I am");
            // The board is read every few seconds by every phone: read often enough here that its code is compiled, not only loaded.
            for (int i = 0; i < BOARD_ROUNDS; i++) room.send("GET /api/workshops/{id}/board", Map.of("id", r.id()), token, null);
            for (int i = 0; i < ROUNDS; i++) room.send("GET /api/join/{code}", Map.of("code", r.code()), null, null);
        }
    }

    /** Joining, and answers in people's own words. */
    static void responses(Deployment deployment, Rehearsing room) {
        try (Rehearsal r = new Rehearsal(deployment)) {
            inTurn(room, List.of(), "POST /api/workshops/{id}/participants", Map.of("id", r.id()),
                    i -> "{\"perspective\": \"" + r.perspective() + "\", \"language\": \"" + (i % 2 == 0 ? "en" : "cy") + "\"}");
            inTurn(room, r.join(PEOPLE), "POST /api/workshops/{id}/statements", Map.of("id", r.id()),
                    i -> "{\"prompt\": \"not_working\", \"text\": \"I have not had a night off in a year (" + i + ")\"}");
        }
    }

    /** A dot put on a theme and moved, turn by turn. */
    static void voting(Deployment deployment, Rehearsing room) {
        try (Rehearsal r = new Rehearsal(deployment)) {
            String theme = r.theme();
            List<String> people = r.join(PEOPLE);
            r.moveTo(Phase.THEME_VOTING);
            inTurn(room, people, "PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", r.id(), "targetId", theme),
                    i -> "{\"dots\": " + (1 + i / PEOPLE % 2) + "}");
        }
    }

    /** An idea placed on the grid and moved, turn by turn. */
    static void grid(Deployment deployment, Rehearsing room) {
        try (Rehearsal r = new Rehearsal(deployment)) {
            String idea = r.idea();
            r.shortlist(List.of(idea));
            List<String> people = r.join(PEOPLE);
            r.moveTo(Phase.GRID);
            inTurn(room, people, "PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", r.id(), "ideaId", idea),
                    i -> "{\"effort\": " + (3 + i / PEOPLE % 2) + ", \"difference\": 7}");
        }
    }

    /** Action plans written by people in the room. */
    static void actions(Deployment deployment, Rehearsing room) {
        try (Rehearsal r = new Rehearsal(deployment)) {
            String idea = r.idea();
            List<String> people = r.join(PEOPLE);
            r.moveTo(Phase.ACTION_PLANNING);
            String due = LocalDate.now(deployment.clock().withZone(ZoneId.of("Europe/London"))).plusDays(7).toString();
            inTurn(room, people, "POST /api/workshops/{id}/actions", Map.of("id", r.id()), i -> "{\"ideaId\": \"" + idea
                    + "\", \"title\": \"Start the rota\", \"lead\": {\"name\": \"Sam\"}, \"steps\": [{\"text\": \"Ask the street\", \"due\": \"" + due + "\"}]}");
        }
    }

    /**
     * {@value #ROUNDS} requests to {@code routeKey}, turn by turn among {@code people} as bearer
     * (none when there are no people: joining); {@code body} gets the turn's number.
     */
    private static void inTurn(Rehearsing room, List<String> people, String routeKey, Map<String, String> path,
                               java.util.function.IntFunction<String> body) {
        for (int i = 0; i < ROUNDS; i++) room.send(routeKey, path, people.isEmpty() ? null : people.get(i % people.size()), body.apply(i));
    }
}
