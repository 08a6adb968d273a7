package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.Map;
import org.commonground.CommonGround;
import org.commonground.Deployment;

/** One deployment on the local stand-ins with the steps most tests begin with. */
public final class Scenario {
    public final Deployment deployment;
    public final ApiClient api;
    public final CommonGround app;

    public Scenario() { this(Clock.systemUTC(), Map.of()); }

    public Scenario(Clock clock, Map<String, String> settings) {
        deployment = LocalAws.get().deployment(clock, settings);
        api = new ApiClient(deployment);
        app = CommonGround.of(deployment);
    }

    /** A facilitator session, by a sign-in link made directly (the email round trip has its own test). */
    public String facilitator(String email) {
        String link = app.signIn().link(email, "https://commonground.example.gov.uk");
        String linkToken = link.substring(link.indexOf("token=") + 6);
        ApiClient.Answer session = api.call("POST /api/auth/sessions", Map.of(), null, Map.of("linkToken", linkToken));
        assertEquals(201, session.status(), session.body());
        return session.text("token");
    }

    public String facilitator() { return facilitator("facilitator@example.org"); }

    public ApiClient.Answer createWorkshop(String token, String title) {
        ApiClient.Answer created = api.call("POST /api/workshops", Map.of(), token, Map.of("title", title));
        assertEquals(201, created.status(), created.body());
        return created;
    }

    public record Person(String participantId, String token) {}

    public Person join(String workshopId, String perspective, String language) {
        ApiClient.Answer joined = api.call("POST /api/workshops/{id}/participants", Map.of("id", workshopId), null,
                Map.of("perspective", perspective, "language", language));
        assertEquals(201, joined.status(), joined.body());
        return new Person(joined.text("participantId"), joined.text("token"));
    }

    public ApiClient.Answer say(String workshopId, String token, String prompt, String text) {
        return api.call("POST /api/workshops/{id}/statements", Map.of("id", workshopId), token, Map.of("prompt", prompt, "text", text));
    }

    public ApiClient.Answer board(String workshopId, String token) {
        return api.call("GET /api/workshops/{id}/board", Map.of("id", workshopId), token, null);
    }

    public ApiClient.Answer phase(String workshopId, String token, String phase) {
        return api.call("PUT /api/workshops/{id}/phase", Map.of("id", workshopId), token, Map.of("phase", phase));
    }
}
