package org.commonground.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.handlers.CommonGround;
import org.commonground.handlers.Deployment;
import org.commonground.kernel.Json;
import org.commonground.local.ApiClient;

/**
 * The requests the start-up benchmark times after priming: for each function with SnapStart,
 * what a room waits on, made to succeed and to change something each time (a vote that moves a
 * dot, a placement that moves an idea, a new plan, a board not read before), not a request
 * refused at the door, in a room already under way (someone has answered, voted, placed or
 * planned before). Each is a directory of API Gateway events, {@value #REQUESTS} of them, taken in name order; they take
 * turns among {@value #PEOPLE} people, so no one meets the flood limit.
 */
final class StartUpRequests {
    /** The first request and the hundred timed after it. */
    static final int REQUESTS = 101;
    static final int PEOPLE = 40;

    /** One function's case: the route timed, and where its events are. */
    record Case(String function, String route, Path events) {}

    private final ApiClient api;
    private final String facilitator;

    private StartUpRequests(Deployment deployment, String facilitatorEmail) {
        CommonGround app = CommonGround.of(deployment);
        this.api = new ApiClient(deployment);
        String link = app.signIn().link(facilitatorEmail, "http://localhost");
        this.facilitator = api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", link.substring(link.indexOf('=') + 1))).text("token");
    }

    /** Sets up a workshop at each stage needed (on {@code deployment}, as {@code facilitatorEmail}) and writes the events. */
    static List<Case> make(Deployment deployment, String facilitatorEmail) throws Exception {
        return new StartUpRequests(deployment, facilitatorEmail).cases();
    }

    private List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();

        String gathering = workshop("Start-up: gathering", Map.of());
        List<String> gatherers = people(gathering);
        phase(gathering, "gathering");
        // The room is under way, as when a new instance starts: someone has already answered (the workshop's flood window is open).
        api.call("POST /api/workshops/{id}/statements", Map.of("id", gathering), people(gathering, 1).getFirst(), Map.of("prompt", "working", "text", "My neighbour"));
        // Each board read is of another workshop: an instance keeps the workshops' latest snapshots, so reading one
        // board again would time that cache rather than a read a room's changes keep causing.
        List<String[]> rooms = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String room = workshop("Start-up: board " + i, Map.of());
            rooms.add(new String[] {room, people(room, 1).getFirst()});
        }
        cases.add(write("WorkshopsFunction", "GET /api/workshops/{id}/board", i -> event("GET /api/workshops/{id}/board",
                Map.of("id", rooms.get(i)[0]), rooms.get(i)[1], null)));
        cases.add(write("ResponsesFunction", "POST /api/workshops/{id}/participants", i -> event("POST /api/workshops/{id}/participants",
                Map.of("id", gathering), null, Map.of("perspective", "carer", "language", i % 2 == 0 ? "en" : "cy"))));
        cases.add(write("ResponsesFunction", "POST /api/workshops/{id}/statements", i -> event("POST /api/workshops/{id}/statements",
                Map.of("id", gathering), gatherers.get(i % PEOPLE), Map.of("prompt", "not_working", "text", "I have not had a night off in a year, answer " + i))));

        String voting = workshop("Start-up: voting", Map.of());
        String theme = api.call("POST /api/workshops/{id}/themes", Map.of("id", voting), facilitator,
                Map.of("category", "not_working", "title", "I want a proper break")).text("id");
        List<String> voters = people(voting);
        api.call("POST /api/workshops/{id}/statements", Map.of("id", voting), voters.getFirst(), Map.of("prompt", "not_working", "text", "No break"));
        phase(voting, "theme_voting");
        api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", voting, "targetId", theme), people(voting, 1).getFirst(), Map.of("dots", 1));
        // Each person's turns go 1, 2, 1 dots: every request moves a dot.
        cases.add(write("VotingFunction", "PUT /api/workshops/{id}/votes/{targetId}", i -> event("PUT /api/workshops/{id}/votes/{targetId}",
                Map.of("id", voting, "targetId", theme), voters.get(i % PEOPLE), Map.of("dots", 1 + (i / PEOPLE) % 2))));

        String grid = workshop("Start-up: grid", Map.of("shortlistSize", 10));
        String idea = api.call("POST /api/workshops/{id}/ideas", Map.of("id", grid), facilitator, Map.of("lens", "community", "text", "A neighbour rota")).text("id");
        api.call("PUT /api/workshops/{id}/shortlist", Map.of("id", grid), facilitator, Map.of("ideaIds", List.of(idea)));
        List<String> placers = people(grid);
        phase(grid, "grid");
        api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", grid, "ideaId", idea), people(grid, 1).getFirst(), Map.of("effort", 5, "difference", 5));
        cases.add(write("GridFunction", "PUT /api/workshops/{id}/grid/{ideaId}", i -> event("PUT /api/workshops/{id}/grid/{ideaId}",
                Map.of("id", grid, "ideaId", idea), placers.get(i % PEOPLE), Map.of("effort", 3 + (i / PEOPLE) % 2, "difference", 7))));

        String planning = workshop("Start-up: action plans", Map.of());
        String planned = api.call("POST /api/workshops/{id}/ideas", Map.of("id", planning), facilitator, Map.of("lens", "community", "text", "A neighbour rota")).text("id");
        List<String> planners = people(planning);
        phase(planning, "action_planning");
        String due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(14).toString();
        api.call("POST /api/workshops/{id}/actions", Map.of("id", planning), people(planning, 1).getFirst(), Map.of("ideaId", planned,
                "title", "Ask the street", "lead", Map.of("name", "Jo"), "steps", List.of(Map.of("text", "Knock on doors", "due", due))));
        cases.add(write("ActionsFunction", "POST /api/workshops/{id}/actions", i -> event("POST /api/workshops/{id}/actions",
                Map.of("id", planning), planners.get(i % PEOPLE), Map.of("ideaId", planned, "title", "Start the rota " + i,
                        "lead", Map.of("name", "Sam"), "steps", List.of(Map.of("text", "Ask the street", "due", due))))));
        return cases;
    }

    private String workshop(String title, Map<String, Object> settings) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("title", title));
        if (!settings.isEmpty()) body.put("settings", settings);
        return api.call("POST /api/workshops", Map.of(), facilitator, body).text("id");
    }

    private List<String> people(String workshopId) {
        return people(workshopId, PEOPLE);
    }

    private List<String> people(String workshopId, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tokens.add(api.call("POST /api/workshops/{id}/participants", Map.of("id", workshopId), null,
                    Map.of("perspective", "carer", "language", "en")).text("token"));
        }
        return tokens;
    }

    private void phase(String workshopId, String phase) {
        int status = api.call("PUT /api/workshops/{id}/phase", Map.of("id", workshopId), facilitator, Map.of("phase", phase)).status();
        if (status != 200) throw new IllegalStateException("moving to " + phase + " answered " + status);
    }

    private interface Events { ObjectNode event(int i) throws Exception; }

    private static Case write(String function, String route, Events events) throws Exception {
        Path dir = Files.createTempDirectory("start-up");
        for (int i = 0; i < REQUESTS; i++) Files.writeString(dir.resolve(String.format("%03d.json", i)), Json.write(events.event(i)));
        return new Case(function, route, dir);
    }

    private static ObjectNode event(String routeKey, Map<String, String> path, String token, Object body) {
        return ApiClient.event(routeKey, path, token, body == null ? null : Json.write(body));
    }
}
