package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.commonground.aws.SesMailAccount;
import org.commonground.handlers.CommonGround;
import org.commonground.handlers.Deployment;
import org.commonground.handlers.WorkshopsHandler;
import org.commonground.kernel.Json;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The console's warning while SES is in its sandbox: the account read from the SES emulator
 * (which answers GetAccount with the account it is given, and refuses it without one), and
 * the facilitators' workshop list carrying the answer.
 */
class MailSandboxTest {
    private static String account(boolean production) {
        return "{\"DedicatedIpAutoWarmupEnabled\":false,\"Details\":{\"AdditionalContactEmailAddresses\":[],\"ContactLanguage\":\"EN\","
                + "\"MailType\":\"TRANSACTIONAL\",\"ReviewDetails\":{\"CaseId\":\"1\",\"Status\":\"PENDING\"},\"UseCaseDescription\":\"workshops\","
                + "\"WebsiteURL\":\"https://example.gov.uk\"},\"EnforcementStatus\":\"HEALTHY\",\"ProductionAccessEnabled\":" + production
                + ",\"SendingEnabled\":true,\"SendQuota\":{\"Max24HourSend\":200,\"MaxSendRate\":1,\"SentLast24Hours\":0},"
                + "\"SuppressionAttributes\":{\"SuppressedReasons\":[]}}";
    }

    @Test
    void anAccountWithoutProductionAccessIsInTheSandboxAndOneWithItIsNot() throws Exception {
        assertTrue(sandboxedBy(Map.of("AWS_SES_ACCOUNT", account(false))));
        assertFalse(sandboxedBy(Map.of("AWS_SES_ACCOUNT", account(true))));
    }

    @Test
    void anAccountThatCannotBeReadGivesNoWarningInsteadOfAFailure() throws Exception {
        assertFalse(sandboxedBy(Map.of()));
    }

    @Test
    void theFacilitatorsListSaysWhetherEmailReachesOnlyVerifiedAddresses() throws Exception {
        Deployment deployment = LocalAws.get().deployment();
        String link = CommonGround.of(deployment).signIn().link("facilitator@example.org", "http://localhost");
        String token = new ApiClient(deployment).call("POST /api/auth/sessions", Map.of(), null,
                Map.of("linkToken", link.substring(link.indexOf('=') + 1))).text("token");
        for (boolean sandboxed : new boolean[] {true, false}) {
            ObjectNode event = ApiClient.sampleEvent("GET /api/workshops");
            ((ObjectNode) event.get("headers")).put("authorization", "Bearer " + token);
            var response = new WorkshopsHandler(deployment, () -> sandboxed)
                    .handleRequest(ApiClient.EVENTS.treeToValue(event, APIGatewayV2HTTPEvent.class), null);
            assertEquals(200, response.getStatusCode());
            assertEquals(sandboxed, Json.MAPPER.readTree(response.getBody()).path("mailSandbox").asBoolean(!sandboxed));
        }
    }

    private static boolean sandboxedBy(Map<String, String> emulatorSettings) throws Exception {
        try (StandIn ses = StandIn.ses(LocalAws.ROOT, LocalAws.freePort(), emulatorSettings)) {
            SesV2Client client = SesV2Client.builder().endpointOverride(URI.create(ses.url())).region(Region.EU_WEST_2)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClient(UrlConnectionHttpClient.create()).build();
            HandClock clock = new HandClock(java.time.Instant.parse("2026-11-29T10:00:00Z"));
            SesMailAccount account = new SesMailAccount(() -> client, clock);
            boolean first = account.sandboxed();
            // Kept for a while: the same answer without asking again, even once the emulator has gone.
            ses.close();
            clock.now = clock.now.plus(Duration.ofMinutes(10));
            assertEquals(first, account.sandboxed());
            return first;
        }
    }
}
