package org.commonground.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.HashMap;
import java.util.Map;
import org.commonground.kernel.Configuration;
import org.commonground.kernel.Json;
import org.commonground.kernel.Problem;
import org.junit.jupiter.api.Test;

class ApiHandlerTest {
    static final class Probe extends ApiHandler {
        Probe(Configuration configuration) {
            super(configuration);
            route("GET /api/site", r -> Reply.ok(Map.of("site", r.site())));
            route("GET /api/conflict", r -> { throw Problem.conflict("wrong_phase", "Not now."); });
            route("GET /api/broken", r -> { throw new IllegalStateException("secret detail"); });
            route("POST /api/workshops/{id}/statements", r -> Reply.created(Map.of("id", "s1")));
        }
    }

    private static APIGatewayV2HTTPEvent event(String routeKey, Map<String, String> headers) {
        return APIGatewayV2HTTPEvent.builder().withRouteKey(routeKey).withHeaders(headers).build();
    }

    @Test
    void problemsBecomeTheirStatusWithTheSentence() {
        APIGatewayV2HTTPResponse r = new Probe(Configuration.from(Map.of())).handleRequest(event("GET /api/conflict", Map.of()), null);
        assertEquals(409, r.getStatusCode());
        assertEquals("{\"error\":\"wrong_phase\",\"message\":\"Not now.\"}".length(), r.getBody().length());
        assertTrue(r.getBody().contains("\"message\":\"Not now.\""));
        assertEquals("no-store", r.getHeaders().get("Cache-Control"));
    }

    @Test
    void unexpectedFailuresSayNothingInternalAndAreLoggedOnce() {
        java.io.PrintStream standardError = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
        APIGatewayV2HTTPResponse r;
        try {
            r = new Probe(Configuration.from(Map.of())).handleRequest(event("GET /api/broken", Map.of()), null);
        } finally {
            System.setErr(standardError);
        }
        String log = logged.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, log.lines().count(), "the error once, then the request");
        String error = log.lines().findFirst().orElseThrow();
        assertTrue(error.contains("\"level\":\"ERROR\"") && error.contains("\"route\":\"GET /api/broken\"") && error.contains("IllegalStateException"), log);
        assertEquals(500, r.getStatusCode());
        assertFalse(r.getBody().contains("secret detail"));
        assertTrue(r.getBody().contains("nothing was changed"));
    }

    @Test
    void everyRequestIsOneJsonLineWithTheWorkshopAndRequestIdsAndNothingPeopleWrote() throws Exception {
        java.io.PrintStream standardError = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withRouteKey("POST /api/workshops/{id}/statements")
                    .withPathParameters(Map.of("id", "01m808c4aa9j8adqqehz29e9xc"))
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("req-123").build())
                    .withBody("{\"text\":\"I never get a break\",\"email\":\"someone@example.org\"}").build();
            new Probe(Configuration.from(Map.of())).handleRequest(event, null);
        } finally {
            System.setErr(standardError);
        }
        String log = logged.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, log.lines().count(), log);
        var line = Json.MAPPER.readTree(log);
        assertEquals("01m808c4aa9j8adqqehz29e9xc", line.path("workshopId").asText());
        assertEquals("req-123", line.path("requestId").asText());
        assertEquals(201, line.path("status").asInt());
        assertFalse(log.contains("never get a break") || log.contains("@example.org"), log);
    }

    @Test
    void unknownRoutesAre404() {
        assertEquals(404, new Probe(Configuration.from(Map.of())).handleRequest(event("GET /api/nothing", Map.of()), null).getStatusCode());
    }

    @Test
    void everyKindHasOneStatus() {
        Map<Problem.Kind, Integer> expected = Map.of(Problem.Kind.INVALID, 400, Problem.Kind.UNAUTHENTICATED, 401,
                Problem.Kind.FORBIDDEN, 403, Problem.Kind.NOT_FOUND, 404, Problem.Kind.CONFLICT, 409,
                Problem.Kind.TOO_LARGE, 413, Problem.Kind.TOO_MANY, 429, Problem.Kind.UNSUPPORTED_MEDIA_TYPE, 415);
        for (Problem.Kind kind : Problem.Kind.values()) assertEquals(expected.get(kind), ApiHandler.status(kind), kind.name());
    }

    @Test
    void behindCloudFrontOnlyRequestsWithTheOriginSecretAreAnswered() {
        Probe probe = new Probe(Configuration.from(Map.of("ORIGIN_SECRET", "stack-guid")));
        Map<String, String> direct = Map.of("x-forwarded-host", "evil.example");
        APIGatewayV2HTTPResponse refused = probe.handleRequest(event("GET /api/site", direct), null);
        assertEquals(403, refused.getStatusCode());

        Map<String, String> viaCloudFront = new HashMap<>(Map.of("x-forwarded-host", "d111.cloudfront.net", "X-Origin-Verify", "stack-guid"));
        APIGatewayV2HTTPResponse answered = probe.handleRequest(event("GET /api/site", viaCloudFront), null);
        assertEquals(200, answered.getStatusCode());
        assertEquals("{\"site\":\"https://d111.cloudfront.net\"}", answered.getBody());
    }

    @Test
    void aConfiguredSiteAddressWins() {
        Probe probe = new Probe(Configuration.from(Map.of("SITE_URL", "https://commonground.example.gov.uk/")));
        APIGatewayV2HTTPResponse r = probe.handleRequest(event("GET /api/site", Map.of("x-forwarded-host", "other")), null);
        assertEquals("{\"site\":\"https://commonground.example.gov.uk\"}", r.getBody());
    }

    @Test
    void aTableThatFailsWhilePrimingDoesNotStopTheSnapshot() {
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        ApiHandler handler = new ApiHandler(Configuration.from(Map.of()), null, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("the table did not answer");
        }) { };
        handler.beforeCheckpoint(null);
        assertEquals(1, calls.get(), "priming stopped at the first failure and went no further");
        assertTrue(handler.rehearsal().isEmpty());
    }
}
