package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonground.handlers.Deployment;
import org.commonground.kernel.Json;
import org.commonground.site.SitePublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The stack's own publisher of the pages, against the local S3 server and DynamoDB Local,
 * answering CloudFormation at a local address. Only the CDN refresh and the stack status are
 * stand-ins (narrow seams): neither has a local counterpart.
 */
class SitePublisherTest {
    private static final Path WEB = LocalAws.ROOT.resolve("web");
    private final S3Client s3 = LocalAws.get().s3();
    private final Deployment deployment = LocalAws.get().deployment();
    private final List<String> refreshed = new ArrayList<>();
    private final LinkedBlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
    private String stackStatus = "CREATE_IN_PROGRESS";
    private HttpServer cloudFormation;
    private String webBucket;
    private String exportsBucket;

    @BeforeEach
    void start() throws Exception {
        cloudFormation = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cloudFormation.createContext("/", exchange -> {
            answers.add(Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        cloudFormation.start();
        String suffix = Long.toString(System.nanoTime());
        webBucket = "web-" + suffix;
        exportsBucket = "exports-" + suffix;
        s3.createBucket(b -> b.bucket(webBucket));
        s3.createBucket(b -> b.bucket(exportsBucket));
    }

    @AfterEach
    void stop() {
        cloudFormation.stop(0);
    }

    @Test
    void createPublishesEveryPageWithTheCouncilsDetailsRemovesOldOnesAndRefreshesTheCdn() throws Exception {
        s3.putObject(p -> p.bucket(webBucket).key("old-page.js"), RequestBody.fromString("gone soon"));

        JsonNode answer = send("Create", properties("no"));

        assertEquals("SUCCESS", answer.path("Status").asText(), answer.toString());
        assertEquals("common-ground-site-pages", answer.path("PhysicalResourceId").asText());
        Set<String> expected = pagesInWeb();
        expected.add("site.json");
        assertEquals(expected, keys(webBucket));
        assertEquals(List.of("E2EXAMPLE"), refreshed);
        JsonNode site = Json.MAPPER.readTree(s3.getObjectAsBytes(g -> g.bucket(webBucket).key("site.json")).asUtf8String());
        assertEquals("Gwent Borough Council", site.path("organisationName").asText());
        assertEquals("engage@gwent.example.gov.uk", site.path("contactEmail").asText());
        assertEquals("https://gwent.example.gov.uk/privacy/common-ground", site.path("privacyNotice").asText());
        var index = s3.getObject(g -> g.bucket(webBucket).key("index.html"));
        assertEquals("text/html; charset=utf-8", index.response().contentType());
        assertEquals("no-cache", index.response().cacheControl());
        assertEquals(Files.readString(WEB.resolve("index.html")), new String(index.readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void deletingTheStackEmptiesBothBucketsAndDeletesTheTableOnlyWhenAsked() throws Exception {
        send("Create", properties("yes"));
        s3.putObject(p -> p.bucket(exportsBucket).key("exports/big.csv"), RequestBody.fromString("a,b"));

        stackStatus = "UPDATE_ROLLBACK_IN_PROGRESS";
        JsonNode kept = send("Delete", properties("yes"));
        assertEquals("SUCCESS", kept.path("Status").asText());
        assertTrue(keys(webBucket).contains("index.html"), "a rollback of an update keeps the pages");
        assertEquals(Set.of("exports/big.csv"), keys(exportsBucket));
        table();

        stackStatus = "DELETE_IN_PROGRESS";
        JsonNode deleted = send("Delete", properties("yes"));
        assertEquals("SUCCESS", deleted.path("Status").asText(), deleted.toString());
        assertEquals(Set.of(), keys(webBucket));
        assertEquals(Set.of(), keys(exportsBucket));
        assertThrows(ResourceNotFoundException.class, this::table);
    }

    @Test
    void deletingTheStackKeepsTheTableByDefault() throws Exception {
        stackStatus = "DELETE_IN_PROGRESS";
        JsonNode answer = send("Delete", properties("no"));
        assertEquals("SUCCESS", answer.path("Status").asText());
        assertTrue(answer.path("Reason").asText().contains("kept the table"), answer.toString());
        table();
    }

    @Test
    void aMissingDetailFailsTheStackWithAReasonInsteadOfHangingIt() throws Exception {
        ObjectNode properties = properties("no");
        properties.remove("ContactEmail");
        JsonNode answer = send("Create", properties);
        assertEquals("FAILED", answer.path("Status").asText());
        assertTrue(answer.path("Reason").asText().contains("ContactEmail"), answer.toString());
    }

    private JsonNode send(String type, ObjectNode properties) throws Exception {
        ObjectNode event = Json.MAPPER.createObjectNode()
                .put("RequestType", type)
                .put("ResponseURL", "http://127.0.0.1:" + cloudFormation.getAddress().getPort() + "/answer?signed=1")
                .put("StackId", "arn:aws:cloudformation:eu-west-2:123456789012:stack/council/1")
                .put("RequestId", "request-" + type)
                .put("LogicalResourceId", "SitePages")
                .put("ResourceType", "Custom::SitePages");
        if (!type.equals("Create")) event.put("PhysicalResourceId", "common-ground-site-pages");
        event.set("ResourceProperties", properties);
        SitePublisher publisher = new SitePublisher(s3, refreshed::add, stackId -> stackStatus, deployment.dynamo(), WEB);
        publisher.handleRequest(new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)), new ByteArrayOutputStream(), null);
        JsonNode answer = answers.poll(10, TimeUnit.SECONDS);
        if (answer == null) throw new AssertionError("CloudFormation got no answer");
        assertEquals("request-" + type, answer.path("RequestId").asText());
        return answer;
    }

    private ObjectNode properties(String deleteData) {
        return Json.MAPPER.createObjectNode()
                .put("ServiceToken", "arn:aws:lambda:eu-west-2:123456789012:function:site")
                .put("WebBucket", webBucket)
                .put("ExportsBucket", exportsBucket)
                .put("DistributionId", "E2EXAMPLE")
                .put("TableName", deployment.configuration().tableName())
                .put("DeleteDataWithStack", deleteData)
                .put("OrganisationName", "Gwent Borough Council")
                .put("ContactEmail", "engage@gwent.example.gov.uk")
                .put("PrivacyNotice", "https://gwent.example.gov.uk/privacy/common-ground");
    }

    private void table() {
        deployment.dynamo().describeTable(d -> d.tableName(deployment.configuration().tableName()));
    }

    private Set<String> keys(String bucket) {
        return s3.listObjectsV2Paginator(l -> l.bucket(bucket)).contents().stream().map(o -> o.key())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> pagesInWeb() throws Exception {
        try (Stream<Path> files = Files.walk(WEB)) {
            return files.filter(Files::isRegularFile).map(f -> WEB.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
