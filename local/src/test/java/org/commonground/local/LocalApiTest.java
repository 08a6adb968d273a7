package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commonground.kernel.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local server's own answers (no route, wrong method, too large) have the API's error shape. */
class LocalApiTest {
    private static HttpServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        LocalApi api = new LocalApi(LocalAws.TEMPLATE, LocalAws.get().deployment());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", api::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() { server.stop(0); }

    private static JsonNode expect(HttpRequest request, int status, String error) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonNode body = Json.MAPPER.readTree(response.body());
        assertEquals(error, body.path("error").asText(), response.body());
        assertTrue(body.path("message").asText().endsWith("."), response.body());
        return body;
    }

    @Test
    void unknownAddressIs404WithAnErrorCode() throws Exception {
        expect(HttpRequest.newBuilder(URI.create(base + "/api/nothing/here")).build(), 404, "no_such_route");
    }

    @Test
    void wrongMethodIs405WithAnErrorCode() throws Exception {
        expect(HttpRequest.newBuilder(URI.create(base + "/api/workshops")).method("PATCH", HttpRequest.BodyPublishers.noBody()).build(),
                405, "method_not_allowed");
    }

    @Test
    void overlargeBodyIs413WithAnErrorCode() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        expect(HttpRequest.newBuilder(URI.create(base + "/api/workshops")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), 413, "too_large");
    }
}
