package org.commonground.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.kernel.Configuration;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.crac.Core;
import org.crac.Resource;

/**
 * A Lambda function's entry point: finds the route by API Gateway's route key, calls it,
 * and turns its reply or problem into a response. This is the only place that maps a
 * problem to an HTTP status.
 *
 * <p>It is also the function's CRaC resource for SnapStart, as Powertools for AWS Lambda primes
 * its modules: before the snapshot every route answers a request that changes nothing, so the
 * classes, the SDK's request path and the JSON mapper are loaded and run in the snapshot; after
 * a restore one such request opens a fresh connection to DynamoDB before a person's request needs one.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
    /** How often each route's priming request runs before the snapshot: about a hundred reads in all, once per version. */
    private static final int PRIMING_ROUNDS = 10;
    /** Every path parameter of a priming request: shaped as an id ({@link Ids#looksValid}), and the id of nothing. */
    static final String PRIMING_ID = Ids.fromKey("priming");
    private final Map<String, Function<Request, Reply>> routes = new LinkedHashMap<>();
    private final Configuration configuration;
    private final SavingOnce savingOnce;
    private final Runnable storagePriming;
    private final Map<String, Integer> rehearsed = new java.util.concurrent.ConcurrentHashMap<>();

    /** Without a table: no {@code Idempotency-Key} handling (for handlers that create nothing). */
    protected ApiHandler(Configuration configuration) {
        this(configuration, null, () -> { });
    }

    /**
     * With the deployment's saved answers, so every {@code POST} honours {@code Idempotency-Key}
     * ("Saving once"), and {@code storagePriming}: before the snapshot, each kind of call the
     * table takes, made so that it writes nothing.
     */
    protected ApiHandler(Configuration configuration, SavingOnce savingOnce, Runnable storagePriming) {
        this.configuration = configuration;
        this.savingOnce = savingOnce;
        this.storagePriming = storagePriming;
        // Lambda holds the handler for the life of the instance, so the registration lives as long.
        Core.getGlobalContext().register(this);
    }

    /**
     * Before SnapStart's snapshot: each route answers a request with no valid token, an id that
     * names nothing and an empty body, which every route refuses (401, 404 or 400) after reading
     * at most one item; the table takes each kind of call, on an item of priming's own that is
     * deleted again; then the function rehearses its main routes ({@link #rehearse}). Nothing is
     * left in the table; the ids and tokens the rehearsal makes are deleted with its workshop.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        loadPrimingClasses();
        try {
            // Repeated, so the shared path (event, routing, the SDK's signing and HTTP, JSON) is compiled, not only loaded.
            for (int round = 0; round < PRIMING_ROUNDS; round++) {
                storagePriming.run();
                for (String routeKey : routes.keySet()) {
                    var event = primingRequest(routeKey);
                    Log.requestLine(new Request(event, null), response(answer(event)).getStatusCode(), 0);
                }
            }
            rehearse((routeKey, path, token, body) -> {
                int status = response(answer(event(routeKey, path, token, body))).getStatusCode();
                rehearsed.put(routeKey, status);
                return status;
            });
        } catch (RuntimeException stoppedShort) {
            // Priming is an optimisation: a table that is slow to answer during a deployment must not stop the
            // new version; its snapshot is still good, its first requests only slower.
            Log.error(new Request(event("GET /priming", Map.of(), null, null), null), "priming stopped short", stoppedShort);
        }
    }

    /**
     * Loads the classes a warm function uses (priming-classes.txt, written by the benchmark's
     * PrimingClasses from a run of the API tests), including those of the paths a refused
     * request does not take. They are loaded, not initialised: initialising them in list order
     * rather than the order the code reaches them can leave a static field empty for good (the
     * SDK's XML marshallers did). A class that cannot be loaded here is skipped.
     */
    private static void loadPrimingClasses() {
        var list = ApiHandler.class.getResourceAsStream("priming-classes.txt");
        if (list == null) return;
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name; (name = reader.readLine()) != null; ) {
                try {
                    Class.forName(name.strip(), false, ApiHandler.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError | RuntimeException skipped) {
                    // Priming is an optimisation: a class it cannot prepare is loaded when first used.
                }
            }
        } catch (java.io.IOException unreadable) {
            // As above: start without it.
        }
    }

    /** After a restore: one refused request on the first route, which reconnects to DynamoDB. */
    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        routes.keySet().stream().findFirst().ifPresent(routeKey -> answer(primingRequest(routeKey)));
    }

    private APIGatewayV2HTTPEvent primingRequest(String routeKey) {
        Map<String, String> parameters = new HashMap<>();
        Matcher names = Pattern.compile("\\{(\\w+)}").matcher(routeKey);
        // A well-made id, so the route reads on past the id check to the table, where it finds nothing.
        while (names.find()) parameters.put(names.group(1), PRIMING_ID);
        return event(routeKey, parameters, "priming-not-a-token", "{}");
    }

    /** An API Gateway event for {@code routeKey} ("METHOD /path/{param}"), as CloudFront and API Gateway would pass it on. */
    private APIGatewayV2HTTPEvent event(String routeKey, Map<String, String> parameters, String token, String body) {
        String[] methodAndPath = routeKey.split(" ", 2);
        String path = methodAndPath[1];
        for (var parameter : parameters.entrySet()) path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        Map<String, String> headers = new HashMap<>();
        if (token != null) headers.put("authorization", "Bearer " + token);
        headers.put("content-type", "application/json");
        if (configuration.originSecret() != null) headers.put("x-origin-verify", configuration.originSecret());
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withHeaders(headers)
                .withPathParameters(parameters)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("priming")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(methodAndPath[0]).withPath(path).build())
                        .build())
                .build();
    }

    /**
     * Where a function rehearses its routes before the snapshot, after the refused requests:
     * real requests that succeed, on a workshop made for the rehearsal and deleted with all it
     * led to (see the handlers' Rehearsal). Nothing by default.
     */
    protected void rehearse(Rehearsing room) { }

    /** Sends one rehearsal request through this function's own routes. */
    @FunctionalInterface
    public interface Rehearsing {
        /** {@code routeKey} with these path parameters, bearer {@code token} (or null) and JSON {@code body} (or null); answers the status. */
        int send(String routeKey, Map<String, String> path, String token, String body);
    }

    /**
     * Each rehearsed route's status at the last priming (route key to status; empty before
     * priming, or for a function that rehearses nothing): the priming test reads it, as a
     * rehearsal that stopped short would only make the first request slower.
     */
    public final Map<String, Integer> rehearsal() { return Map.copyOf(rehearsed); }

    /** Adds {@code route} as this function's answer to {@code routeKey} ("METHOD /path/{param}", as in template.yaml). */
    protected final void route(String routeKey, Function<Request, Reply> route) {
        routes.put(routeKey, route);
    }

    /** Where route groups add their routes to this function (see {@link #route}). */
    protected final Routes routes() {
        return this::route;
    }

    /** Route keys this function answers, as "METHOD /path/{param}". */
    public final Set<String> routeKeys() { return routes.keySet(); }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        Reply reply = answer(event);
        if (configuration.logRequests()) Log.request(new Request(event, null), reply.status(), (System.nanoTime() - started) / 1_000_000);
        return response(reply);
    }

    private static APIGatewayV2HTTPResponse response(Reply reply) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", reply.contentType());
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.putAll(reply.extraHeaders());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(reply.status())
                .withHeaders(headers)
                .withBody(reply.body())
                .build();
    }

    private Reply answer(APIGatewayV2HTTPEvent event) {
        Request bare = new Request(event, null);
        if (configuration.originSecret() != null && !fromOurSite(bare)) {
            return Reply.error(403, "use_site_address", "Open Common Ground through its site address, not the API's own address.");
        }
        Request request = new Request(event, configuration.site(bare.header("x-forwarded-host")));
        Function<Request, Reply> route = routes.get(request.routeKey());
        if (route == null) {
            return Reply.error(404, "no_such_route", "This address is not part of the Common Ground API.");
        }
        try {
            if (savingOnce != null && request.routeKey().startsWith("POST ")) return savingOnce.run(request, route);
            return route.apply(request);
        } catch (Problem p) {
            return problemReply(p);
        } catch (RuntimeException e) {
            Log.error(request, "unexpected failure", e);
            return Reply.error(500, "server_error",
                    "Something went wrong on our side and nothing was changed. Please try again in a moment.");
        }
    }

    private boolean fromOurSite(Request request) {
        byte[] expected = configuration.originSecret().getBytes(StandardCharsets.UTF_8);
        byte[] given = request.header("x-origin-verify").orElse("").getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }

    /** The answer a problem gets: its status and {@code {error, message}}. */
    static Reply problemReply(Problem p) {
        return Reply.error(status(p.kind()), p.code(), p.getMessage());
    }

    static int status(Problem.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case TOO_MANY -> 429;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
        };
    }
}
