package org.commonground.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonground.handlers.Deployment;
import org.commonground.kernel.Configuration;
import org.commonground.kernel.Json;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The real local stand-ins, started once for the whole test run: DynamoDB Local on a port
 * (in memory) and the SES v2 emulator. Each test class gets its own table, made from the
 * template's definition.
 */
public final class LocalAws {
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    public static final Template TEMPLATE = Template.load(ROOT.resolve("template.yaml"));
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static LocalAws instance;

    private final String dynamoUrl;
    private final StandIn ses;
    private final StandIn s3;
    private final HttpClient http = HttpClient.newHttpClient();

    private LocalAws(String dynamoUrl, StandIn ses, StandIn s3) {
        this.dynamoUrl = dynamoUrl;
        this.ses = ses;
        this.s3 = s3;
    }

    public static synchronized LocalAws get() {
        if (instance == null) {
            try {
                int port = freePort();
                DynamoDBProxyServer dynamo = ServerRunner.createServerFromCommandLineArgs(
                        new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
                dynamo.start();
                StandIn ses = StandIn.ses(ROOT, freePort());
                StandIn s3 = StandIn.s3(ROOT, freePort(), java.nio.file.Files.createTempDirectory("common-ground-s3"));
                instance = new LocalAws("http://127.0.0.1:" + port, ses, s3);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    ses.close();
                    s3.close();
                    try {
                        dynamo.stop();
                    } catch (Exception ignored) {
                        // Stopping anyway.
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the local stand-ins", e);
            }
        }
        return instance;
    }

    /**
     * A deployment with its own fresh table, without the table's stream: DynamoDB Local keeps
     * every stream record in one store, and each later write in any table gets slower as they
     * pile up (a full run's flood test took 240 s against 46 s alone). Only a test of the
     * stream reads it ({@link #deploymentWithStream}).
     */
    public Deployment deployment(Clock clock, Map<String, String> settings) {
        return deployment(clock, settings, null);
    }

    /** With something that watches every DynamoDB call (the cost estimate counts capacity with it). */
    public Deployment deployment(Clock clock, Map<String, String> settings, software.amazon.awssdk.core.interceptor.ExecutionInterceptor watcher) {
        return deployment(clock, settings, watcher, false);
    }

    /** With the table's stream, as the template makes it, for what reads it ({@link LocalStream}). */
    public Deployment deploymentWithStream(Clock clock, Map<String, String> settings) {
        return deployment(clock, settings, null, true);
    }

    private Deployment deployment(Clock clock, Map<String, String> settings, software.amazon.awssdk.core.interceptor.ExecutionInterceptor watcher, boolean stream) {
        String table = "test-" + TABLES.incrementAndGet();
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "TABLE_NAME", table,
                "FACILITATOR_EMAILS", "facilitator@example.org, second@example.org",
                "SENDER_EMAIL", "common-ground@example.org",
                "SITE_URL", "https://commonground.example.gov.uk",
                "LOG_LEVEL", "errors",
                "EXPORT_BUCKET", StandIn.EXPORT_BUCKET,
                "S3_PATH_STYLE", "true"));
        values.putAll(settings);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        var dynamoBuilder = DynamoDbClient.builder().endpointOverride(URI.create(dynamoUrl)).region(Region.EU_WEST_2)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create());
        if (watcher != null) dynamoBuilder.overrideConfiguration(c -> c.addExecutionInterceptor(watcher));
        DynamoDbClient dynamo = dynamoBuilder.build();
        SesV2Client sesClient = SesV2Client.builder().endpointOverride(URI.create(ses.url())).region(Region.EU_WEST_2)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        Map<String, Object> properties = new java.util.HashMap<>(TEMPLATE.table());
        if (!stream) properties.remove("StreamSpecification");
        LocalTable.create(dynamo, table, properties);
        Configuration configuration = Configuration.from(values);
        var s3Key = StaticCredentialsProvider.create(AwsBasicCredentials.create(StandIn.S3_KEY, StandIn.S3_KEY));
        var exports = Deployment.exportFiles(configuration,
                () -> software.amazon.awssdk.services.s3.S3Client.builder().endpointOverride(URI.create(s3.url())).region(Region.EU_WEST_2).credentialsProvider(s3Key),
                () -> software.amazon.awssdk.services.s3.presigner.S3Presigner.builder().endpointOverride(URI.create(s3.url())).region(Region.EU_WEST_2).credentialsProvider(s3Key));
        return new Deployment(configuration, dynamo, sesClient, exports, clock);
    }

    public Deployment deployment() {
        return deployment(Clock.systemUTC(), Map.of());
    }

    /** A client of the local S3 server, which keeps buckets in the path. */
    public software.amazon.awssdk.services.s3.S3Client s3() {
        return software.amazon.awssdk.services.s3.S3Client.builder().endpointOverride(URI.create(s3.url())).region(Region.EU_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(StandIn.S3_KEY, StandIn.S3_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                        .pathStyleAccessEnabled(true).chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .build();
    }

    /** Emails the SES emulator received for one address, oldest first. */
    public List<JsonNode> emailsTo(String address) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ses.url() + "/store")).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode email : Json.MAPPER.readTree(response.body()).path("emails")) {
                for (JsonNode to : email.path("destination").path("to")) {
                    if (to.asText().equalsIgnoreCase(address)) found.add(email);
                }
            }
            return found;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not read the SES emulator's store", e);
        }
    }

    /**
     * The emails to one address that match, once at least one has arrived: the emulator is asked
     * again until then, for up to 20 seconds, and the test fails if none comes.
     */
    public List<JsonNode> emailsArrive(String address, java.util.function.Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            List<JsonNode> found = emailsTo(address).stream().filter(matching).toList();
            if (!found.isEmpty()) return found;
            if (System.nanoTime() > deadline) throw new AssertionError("No matching email to " + address + " arrived within 20 seconds");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for an email", e);
            }
        }
    }

    /** The emails to one address, once at least one has arrived (see above). */
    public List<JsonNode> emailsArrive(String address) {
        return emailsArrive(address, email -> true);
    }

    /** Emails to one address whose subject starts so, oldest first. */
    public List<JsonNode> emailsTo(String address, String subjectStart) {
        return emailsTo(address).stream().filter(e -> e.path("subject").asText().startsWith(subjectStart)).toList();
    }

    /** The confirmation link's token in the newest confirmation email to an address, waiting for it as above. */
    public String confirmationToken(String address) {
        String text = emailsArrive(address, e -> e.path("subject").asText().startsWith("Please confirm")).getLast().path("body").path("text").asText();
        return text.substring(text.indexOf("/confirm?token=") + "/confirm?token=".length()).lines().findFirst().orElseThrow();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
