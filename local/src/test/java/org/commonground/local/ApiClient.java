package org.commonground.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonground.api.ApiHandler;
import org.commonground.handlers.Deployment;
import org.commonground.kernel.Json;

/**
 * Calls the API as API Gateway would: starts from the route's sample event in events/,
 * fills in the path, token and body, and hands it to the handler the template names.
 */
public final class ApiClient {
    /** The events are read like the Lambda runtime reads them: unknown fields ignored. */
    static final ObjectMapper EVENTS = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public record Answer(int status, JsonNode json, String body, Map<String, String> headers) {
        public String text(String field) { return json.path(field).asText(null); }
        public String error() { return text("error"); }
    }

    private final Map<String, ApiHandler> handlers = new HashMap<>();

    public ApiClient(Deployment deployment) {
        for (Template.Function function : LocalAws.TEMPLATE.functions()) {
            if (function.routes().isEmpty()) continue;
            try {
                ApiHandler handler = (ApiHandler) Class.forName(function.handlerClass())
                        .getConstructor(Deployment.class).newInstance(deployment);
                function.routes().forEach(route -> handlers.put(route.key(), handler));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static Path eventFile(String routeKey) {
        String[] parts = routeKey.split(" ", 2);
        StringBuilder name = new StringBuilder(parts[0].toLowerCase());
        for (String segment : parts[1].split("/")) {
            if (segment.isEmpty() || segment.equals("api")) continue;
            name.append('-').append(segment.replaceAll("[{}]", "").toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        }
        return LocalAws.ROOT.resolve("events").resolve(name + ".json");
    }

    public static ObjectNode sampleEvent(String routeKey) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(Files.readString(eventFile(routeKey)));
        } catch (IOException e) {
            throw new IllegalStateException("No sample event for " + routeKey + " at " + eventFile(routeKey), e);
        }
    }

    /**
     * The sample event for {@code routeKey} as API Gateway would send it, with these path
     * parameters over the sample's, {@code token} as the bearer (none when null) and
     * {@code rawBody} as the body (none when null).
     */
    public static ObjectNode event(String routeKey, Map<String, String> path, String token, String rawBody) {
        ObjectNode event = sampleEvent(routeKey);
        Map<String, String> params = new LinkedHashMap<>();
        event.path("pathParameters").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        params.putAll(path);
        if (params.isEmpty()) event.remove("pathParameters");
        else params.forEach(event.putObject("pathParameters")::put);
        ObjectNode headers = (ObjectNode) event.get("headers");
        headers.remove("authorization");
        if (token != null) headers.put("authorization", "Bearer " + token);
        event.remove("queryStringParameters");
        if (rawBody == null) event.remove("body");
        else event.put("body", rawBody);
        return event;
    }

    public Answer call(String routeKey, Map<String, String> path, String token, Object body) {
        return send(routeKey, path, token, body == null ? null : body instanceof String s ? s : Json.write(body), Map.of());
    }

    public Answer send(String routeKey, Map<String, String> path, String token, String rawBody, Map<String, String> query) {
        return send(routeKey, path, token, rawBody, query, Map.of());
    }

    /** With headers set over the sample event's, such as {@code Idempotency-Key} (an empty value removes the header). */
    public Answer send(String routeKey, Map<String, String> path, String token, String rawBody, Map<String, String> query,
                       Map<String, String> headerChanges) {
        ObjectNode event = event(routeKey, path, token, rawBody);
        ObjectNode headers = (ObjectNode) event.get("headers");
        headerChanges.forEach((name, value) -> {
            if (value.isEmpty()) headers.remove(name);
            else headers.put(name, value);
        });
        if (!query.isEmpty()) query.forEach(event.putObject("queryStringParameters")::put);
        try {
            APIGatewayV2HTTPEvent lambdaEvent = EVENTS.treeToValue(event, APIGatewayV2HTTPEvent.class);
            ApiHandler handler = handlers.get(routeKey);
            if (handler == null) throw new IllegalArgumentException("The template declares no route " + routeKey);
            APIGatewayV2HTTPResponse response = handler.handleRequest(lambdaEvent, null);
            String body = response.getBody();
            JsonNode json = body == null || body.isEmpty() || !response.getHeaders().get("Content-Type").startsWith("application/json")
                    ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
            return new Answer(response.getStatusCode(), json, body, response.getHeaders());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
