package org.commonground.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commonground.api.ApiHandler;
import org.commonground.kernel.Json;
import org.commonground.handlers.Deployment;

/**
 * Answers /api/* as API Gateway would: finds the route the template declares, builds the
 * same v2 event and calls the same handler class that runs in Lambda.
 */
public final class LocalApi {
    private static final int MAX_BODY = 10 * 1024 * 1024;

    private record Bound(Template.Route route, String[] segments, ApiHandler handler) {}

    private final List<Bound> routes = new ArrayList<>();

    public LocalApi(Template template, Deployment deployment) {
        for (Template.Function function : template.functions()) {
            if (function.routes().isEmpty()) continue;
            ApiHandler handler = (ApiHandler) instantiate(function.handlerClass(), deployment);
            for (Template.Route route : function.routes()) {
                routes.add(new Bound(route, route.path().split("/"), handler));
            }
        }
        // As in API Gateway, a literal segment wins over a {parameter}.
        routes.sort(Comparator.comparingLong((Bound b) -> -literalCount(b.segments())));
    }

    public int routeCount() { return routes.size(); }

    static Object instantiate(String className, Deployment deployment) {
        try {
            return Class.forName(className).getConstructor(Deployment.class).newInstance(deployment);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The template names handler " + className + ", which could not be made", e);
        }
    }

    private static long literalCount(String[] segments) {
        long n = 0;
        for (String s : segments) if (!s.startsWith("{")) n++;
        return n;
    }

    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase();
        String path = exchange.getRequestURI().getRawPath();
        String[] segments = path.split("/");
        Bound match = null;
        Map<String, String> params = new HashMap<>();
        boolean pathKnown = false;
        for (Bound b : routes) {
            Map<String, String> found = match(b.segments(), segments);
            if (found == null) continue;
            pathKnown = true;
            if (b.route().method().equals(method)) {
                match = b;
                params = found;
                break;
            }
        }
        if (match == null) {
            // Where API Gateway would answer on its own, answered in the API's own error shape.
            if (pathKnown) {
                sendError(exchange, 405, "method_not_allowed", "This address does not take " + method + " requests.");
            } else {
                sendError(exchange, 404, "no_such_route", "This address is not part of the Common Ground API.");
            }
            return;
        }
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readNBytes(MAX_BODY + 1);
        }
        if (raw.length > MAX_BODY) {
            sendError(exchange, 413, "too_large", "The request is too large. Send at most " + (MAX_BODY / 1024 / 1024) + " MB.");
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        String query = exchange.getRequestURI().getRawQuery();
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(match.route().key())
                .withRawPath(path)
                .withRawQueryString(query == null ? "" : query)
                .withHeaders(headers)
                .withQueryStringParameters(query == null ? null : queryParameters(query))
                .withPathParameters(params.isEmpty() ? null : params)
                .withBody(raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(UUID.randomUUID().toString())
                        .withRouteKey(match.route().key())
                        .withTimeEpoch(System.currentTimeMillis())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path)
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = match.handler().handleRequest(event, null);
        send(exchange, response.getStatusCode(), response.getHeaders(), response.getBody());
    }

    private static Map<String, String> match(String[] template, String[] actual) {
        if (template.length != actual.length) return null;
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                if (actual[i].isEmpty()) return null;
                params.put(t.substring(1, t.length() - 1), URLDecoder.decode(actual[i], StandardCharsets.UTF_8));
            } else if (!t.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    /** API Gateway v2 joins repeated query parameters with commas. */
    private static Map<String, String> queryParameters(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.merge(name, value, (a, b) -> a + "," + b);
        }
        return params;
    }

    private static void sendError(HttpExchange exchange, int status, String code, String message) throws IOException {
        send(exchange, status, Map.of("Content-Type", "application/json; charset=utf-8"),
                Json.write(Map.of("error", code, "message", message)));
    }

    static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        if (headers != null) headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        boolean empty = status == 204 || status == 304 || bytes.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : bytes.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
