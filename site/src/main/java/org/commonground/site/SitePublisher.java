package org.commonground.site;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The CloudFormation custom resource that publishes the pages. The event is CloudFormation's
 * custom resource request (RequestType Create, Update or Delete, with ResourceProperties
 * WebBucket, ExportsBucket, DistributionId, TableName, DeleteDataWithStack, OrganisationName,
 * ContactEmail, PrivacyNotice); the answer goes to its pre-signed ResponseURL.
 *
 * <p>Create and Update copy the pages this artifact carries (web/, under site/) into the web
 * bucket with /site.json from the council's details, remove pages no longer there, and ask
 * CloudFront to refresh. Delete, only while the stack itself is going away, empties both
 * buckets (so CloudFormation can delete them) and deletes the table when DeleteDataWithStack
 * is "yes"; a Delete during an update's rollback changes nothing.
 */
public final class SitePublisher implements RequestStreamHandler {
    /**
     * The publisher's one JSON mapper, also writing {@link SiteSettings}. Not the functions'
     * {@code kernel.Json}: this artifact does not depend on {@code functions}, which would bring
     * the API's code and libraries into a resource that runs once per deployment, and it reads
     * only CloudFormation's own event, where the limits that mapper sets on the public's bodies
     * have nothing to guard.
     */
    static final ObjectMapper JSON = new ObjectMapper();

    /** Asks the CDN to fetch every page afresh (CloudFront's CreateInvalidation for "/*"). */
    public interface Refresh { void everything(String distributionId); }

    /** A stack's status by its id, such as DELETE_IN_PROGRESS (CloudFormation's DescribeStacks). */
    public interface StackStatus { String of(String stackId); }

    private final S3Client s3;
    private final Refresh refresh;
    private final StackStatus stacks;
    private final DynamoDbClient dynamo;
    private final Path pages;
    private final HttpClient http = HttpClient.newHttpClient();

    /** As Lambda makes it: AWS clients from the environment, the pages from the artifact. */
    public SitePublisher() {
        this(S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                new SignedCalls(),
                DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                Path.of(System.getenv().getOrDefault("LAMBDA_TASK_ROOT", "."), "site"));
    }

    private SitePublisher(S3Client s3, SignedCalls calls, DynamoDbClient dynamo, Path pages) {
        this(s3, calls::refresh, calls::stackStatus, dynamo, pages);
    }

    /** With the CDN refresh and the stack's status given (the two calls with no local stand-in). */
    public SitePublisher(S3Client s3, Refresh refresh, StackStatus stacks, DynamoDbClient dynamo, Path pages) {
        this.s3 = s3;
        this.refresh = refresh;
        this.stacks = stacks;
        this.dynamo = dynamo;
        this.pages = pages;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = JSON.readTree(input);
        JsonNode properties = event.path("ResourceProperties");
        String status = "SUCCESS";
        String reason = "";
        try {
            switch (event.path("RequestType").asText()) {
                case "Create", "Update" -> reason = "Published " + publish(properties) + " files";
                case "Delete" -> reason = tearDown(event.path("StackId").asText(), properties);
                default -> throw new IllegalArgumentException("Unknown RequestType " + event.path("RequestType"));
            }
        } catch (RuntimeException e) {
            status = "FAILED";
            reason = String.valueOf(e);
            System.err.println("Publishing the pages failed: " + e);
        }
        answer(event, status, reason);
    }

    /** Copies the pages and site.json to the web bucket, removes old ones, refreshes CloudFront; the number of files. */
    int publish(JsonNode properties) {
        String bucket = required(properties, "WebBucket");
        Set<String> published = new HashSet<>();
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String key = pages.relativize(file).toString().replace('\\', '/');
                put(bucket, key, RequestBody.fromFile(file));
                published.add(key);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the pages at " + pages, e);
        }
        if (published.isEmpty()) throw new IllegalStateException("This artifact carries no pages at " + pages);
        SiteSettings settings = new SiteSettings(required(properties, "OrganisationName"),
                required(properties, "ContactEmail"), required(properties, "PrivacyNotice"));
        put(bucket, "site.json", RequestBody.fromString(settings.toJson(), StandardCharsets.UTF_8));
        published.add("site.json");
        for (S3Object object : objects(bucket)) {
            if (!published.contains(object.key())) s3.deleteObject(d -> d.bucket(bucket).key(object.key()));
        }
        String distribution = properties.path("DistributionId").asText("");
        if (!distribution.isEmpty()) refresh.everything(distribution);
        return published.size();
    }

    /** What a Delete did, in words for the stack's events. */
    String tearDown(String stackId, JsonNode properties) {
        String status = stacks.of(stackId);
        if (!status.startsWith("DELETE_") && !status.equals("ROLLBACK_IN_PROGRESS")) {
            return "Kept everything: the stack is " + status + ", not being deleted";
        }
        int removed = 0;
        for (String name : List.of("WebBucket", "ExportsBucket")) {
            String bucket = properties.path(name).asText("");
            if (bucket.isEmpty()) continue;
            for (S3Object object : objects(bucket)) {
                s3.deleteObject(d -> d.bucket(bucket).key(object.key()));
                removed++;
            }
        }
        if (!"yes".equals(properties.path("DeleteDataWithStack").asText("no"))) {
            return "Emptied the buckets (" + removed + " files); kept the table, as DeleteDataWithStack is not 'yes'";
        }
        try {
            dynamo.deleteTable(d -> d.tableName(required(properties, "TableName")));
        } catch (ResourceNotFoundException alreadyGone) {
            // Nothing to delete.
        }
        return "Emptied the buckets (" + removed + " files) and deleted the table";
    }

    private void put(String bucket, String key, RequestBody body) {
        String extension = key.substring(key.lastIndexOf('.') + 1);
        // Pages change with each release; browsers check for a newer copy every time.
        s3.putObject(p -> p.bucket(bucket).key(key).cacheControl("no-cache")
                .contentType(ContentTypes.of(extension)), body);
    }

    private List<S3Object> objects(String bucket) {
        return s3.listObjectsV2Paginator(l -> l.bucket(bucket)).contents().stream().toList();
    }

    private void answer(JsonNode event, String status, String reason) throws IOException {
        ObjectNode body = JSON.createObjectNode()
                .put("Status", status)
                .put("Reason", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                // One id for the life of the stack: an Update never looks like a replacement to CloudFormation.
                .put("PhysicalResourceId", event.path("PhysicalResourceId").asText("common-ground-site-pages"))
                .put("StackId", event.path("StackId").asText())
                .put("RequestId", event.path("RequestId").asText())
                .put("LogicalResourceId", event.path("LogicalResourceId").asText());
        HttpRequest request = HttpRequest.newBuilder(URI.create(event.path("ResponseURL").asText()))
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IOException("CloudFormation's response address answered " + response.statusCode() + ": " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while answering CloudFormation", e);
        }
    }

    private static String required(JsonNode properties, String name) {
        String value = properties.path(name).asText("");
        if (value.isBlank()) throw new IllegalArgumentException("The custom resource needs " + name);
        return value;
    }
}
