package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An export too large for one response goes through the S3 stand-in and a short-lived link. */
class ExportRoutesTest {
    @Test
    void aLargeExportIsFetchedByALinkThatServesTheSameFile() throws Exception {
        Scenario small = new Scenario(java.time.Clock.systemUTC(), Map.of("EXPORT_INLINE_BYTES", "500"));
        String facilitator = small.facilitator();
        Scenario.TwoDays done = small.twoDays(facilitator, "Large export");
        ApiClient.Answer answer = small.api.call("GET /api/workshops/{id}/export.csv", Map.of("id", done.workshopId()), facilitator, null);
        assertEquals(200, answer.status(), answer.body());
        String url = answer.text("downloadUrl");
        assertTrue(url != null && url.contains("X-Amz-Signature") && url.contains("X-Amz-Expires=900"), "a signed link for 15 minutes: " + url);
        assertTrue(answer.json().path("bytes").asInt() > 500);

        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, file.statusCode());
        assertTrue(file.body().startsWith("\uFEFFrecord,id,belongs_to"), "a byte-order mark, then the header: " + file.body());
        assertTrue(file.body().contains("I haven't had a night's sleep in months"));
        assertEquals(answer.json().path("bytes").asInt(), file.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("common-ground-" + done.code() + ".csv"));

        assertEquals(204, small.api.call("DELETE /api/workshops/{id}", Map.of("id", done.workshopId()), facilitator,
                Map.of("confirm", done.code())).status());
        HttpResponse<String> gone = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, gone.statusCode(), "deleting the workshop deleted its export, though its link had not expired");
    }
}
