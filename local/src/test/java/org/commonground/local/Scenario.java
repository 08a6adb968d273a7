package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.commonground.handlers.CommonGround;
import org.commonground.handlers.Deployment;

/** One deployment on the local stand-ins with the steps most tests begin with. */
public final class Scenario {
    public final Deployment deployment;
    public final ApiClient api;
    public final CommonGround app;

    public Scenario() { this(Clock.systemUTC(), Map.of()); }

    public Scenario(Clock clock, Map<String, String> settings) {
        this(LocalAws.get().deployment(clock, settings));
    }

    /** With the table's stream, for tests that read it through {@link LocalStream}. */
    public static Scenario withStream() {
        return new Scenario(LocalAws.get().deploymentWithStream(Clock.systemUTC(), Map.of()));
    }

    private Scenario(Deployment deployment) {
        this.deployment = deployment;
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

    /** The ids of a workshop run through both days by {@link #twoDays}. */
    public record TwoDays(String workshopId, String code, String facilitator, Person carer, Person provider, String theme,
                          String statement, String idea, String action, String leadEmail) {}

    /**
     * A small workshop run through both days with the API: two people (the carer agreed to
     * updates by email), a theme with votes, a cause, success, what is in place, two ideas with
     * votes, the grid, an action plan with a lead who agreed to emails, a supporter and an update.
     */
    public TwoDays twoDays(String facilitator, String title) {
        String id = createWorkshop(facilitator, title).text("id");
        Map<String, String> w = Map.of("id", id);
        String leadEmail = "lead-" + java.util.UUID.randomUUID() + "@example.org";
        String carerEmail = "carer-" + java.util.UUID.randomUUID() + "@example.org";
        ApiClient.Answer joined = api.call("POST /api/workshops/{id}/participants", w, null, Map.of("perspective", "carer", "language", "en",
                "name", "Ceri", "email", carerEmail, "updatesConsent", true));
        assertEquals(201, joined.status(), joined.body());
        confirm(carerEmail);
        Person carer = new Person(joined.text("participantId"), joined.text("token"));
        Person provider = join(id, "provider", "cy");
        String statement = say(id, carer.token(), "not_working", "I haven't had a night's sleep in months").text("id");
        say(id, provider.token(), "not_working", "Respite is booked up for months");
        phase(id, facilitator, "clustering");
        String theme = api.call("POST /api/workshops/{id}/themes", w, facilitator, Map.of("category", "not_working", "title", "I want a proper break")).text("id");
        api.call("PUT /api/workshops/{id}/statements/{sid}/theme", Map.of("id", id, "sid", statement), facilitator, Map.of("themeId", theme));
        phase(id, facilitator, "theme_voting");
        api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", theme), carer.token(), Map.of("dots", 2));
        phase(id, facilitator, "root_causes");
        api.call("POST /api/workshops/{id}/causes", w, carer.token(), Map.of("themeId", theme, "text", "Too few respite places"));
        phase(id, facilitator, "success");
        api.call("POST /api/workshops/{id}/success", w, carer.token(), Map.of("themeId", theme, "perspective", "carer", "text", "I can book a break"));
        phase(id, facilitator, "in_place");
        api.call("POST /api/workshops/{id}/in-place", w, provider.token(), Map.of("themeId", theme, "text", "The sitting service"));
        phase(id, facilitator, "ideas");
        String idea = api.call("POST /api/workshops/{id}/ideas", w, carer.token(), Map.of("themeId", theme, "lens", "community", "text", "A neighbour rota")).text("id");
        api.call("POST /api/workshops/{id}/ideas", w, provider.token(), Map.of("themeId", theme, "lens", "radical", "text", "Carers run respite"));
        phase(id, facilitator, "idea_voting");
        api.call("PUT /api/workshops/{id}/votes/{targetId}", Map.of("id", id, "targetId", idea), provider.token(), Map.of("dots", 3));
        phase(id, facilitator, "grid");
        api.call("PUT /api/workshops/{id}/grid/{ideaId}", Map.of("id", id, "ideaId", idea), carer.token(), Map.of("effort", 2, "difference", 8));
        api.call("POST /api/workshops/{id}/grid/{ideaId}/nudges", Map.of("id", id, "ideaId", idea), provider.token(), Map.of("direction", "up"));
        phase(id, facilitator, "action_planning");
        String due = java.time.LocalDate.now(deployment.clock().withZone(java.time.ZoneId.of("Europe/London"))).plusDays(3).toString();
        ApiClient.Answer plan = api.call("POST /api/workshops/{id}/actions", w, provider.token(), Map.of("ideaId", idea, "title", "Start the rota",
                "lead", Map.of("name", "Sam Evans", "email", leadEmail, "consent", true),
                "steps", List.of(Map.of("text", "Ask the street group", "owner", "Sam Evans", "due", due))));
        assertEquals(201, plan.status(), plan.body());
        confirm(leadEmail);
        String action = plan.text("id");
        api.call("POST /api/workshops/{id}/actions/{aid}/supporters", Map.of("id", id, "aid", action), carer.token(), null);
        api.call("POST /api/workshops/{id}/actions/{aid}/updates", Map.of("id", id, "aid", action), facilitator,
                Map.of("text", "Eight neighbours came to the first meeting", "status", "in_progress"));
        phase(id, facilitator, "follow_up");
        String code = board(id, facilitator).json().at("/workshop/code").asText();
        return new TwoDays(id, code, facilitator, carer, provider, theme, statement, idea, action, leadEmail);
    }

    /** The owner of an address opens their confirmation email and presses its button. */
    public void confirm(String address) {
        ApiClient.Answer confirmed = api.call("POST /api/confirmations", Map.of(), null, Map.of("token", LocalAws.get().confirmationToken(address)));
        assertEquals(200, confirmed.status(), confirmed.body());
    }

    public ApiClient.Answer board(String workshopId, String token) {
        return api.call("GET /api/workshops/{id}/board", Map.of("id", workshopId), token, null);
    }

    public ApiClient.Answer phase(String workshopId, String token, String phase) {
        return api.call("PUT /api/workshops/{id}/phase", Map.of("id", workshopId), token, Map.of("phase", phase));
    }
}
