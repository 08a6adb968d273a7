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
import org.commonground.kernel.Configuration;
import org.commonground.kernel.Problem;

/**
 * A Lambda function's entry point: finds the route by API Gateway's route key, calls it,
 * and turns its reply or problem into a response. This is the only place that maps a
 * problem to an HTTP status.
 */
public abstract class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final Map<String, Function<Request, Reply>> routes = new LinkedHashMap<>();
    private final Configuration configuration;
    private final SavingOnce savingOnce;

    /** Without a table: no {@code Idempotency-Key} handling (for handlers that create nothing). */
    protected ApiHandler(Configuration configuration) {
        this.configuration = configuration;
        this.savingOnce = null;
    }

    /** With the deployment's saved answers, so every {@code POST} honours {@code Idempotency-Key} ("Saving once"). */
    protected ApiHandler(Configuration configuration, SavingOnce savingOnce) {
        this.configuration = configuration;
        this.savingOnce = savingOnce;
    }

    protected final void route(String routeKey, Function<Request, Reply> route) {
        routes.put(routeKey, route);
    }

    /** Route keys this function answers, as "METHOD /path/{param}". */
    public final Set<String> routeKeys() { return routes.keySet(); }

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        Reply reply = answer(event);
        if (configuration.logRequests()) Log.request(new Request(event, null), reply.status(), (System.nanoTime() - started) / 1_000_000);
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
