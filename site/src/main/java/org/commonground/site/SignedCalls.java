package org.commonground.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/**
 * The publisher's two calls that need no whole service client: CloudFront's CreateInvalidation
 * (REST, XML) and CloudFormation's DescribeStacks (query API), signed with Signature Version 4
 * from the function's own credentials. The SDK's clients for the two services would double the
 * artifact for one request each.
 */
final class SignedCalls {
    private static final Pattern STATUS = Pattern.compile("<StackStatus>([A-Z_]+)</StackStatus>");
    private final HttpClient http = HttpClient.newHttpClient();
    private final DefaultCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
    private final String region = System.getenv().getOrDefault("AWS_REGION", "us-east-1");

    /** Asks CloudFront to fetch every path of the distribution afresh. */
    void refresh(String distributionId) {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<InvalidationBatch xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\">"
                + "<Paths><Quantity>1</Quantity><Items><Path>/*</Path></Items></Paths>"
                + "<CallerReference>" + System.currentTimeMillis() + "</CallerReference></InvalidationBatch>";
        send("cloudfront", "us-east-1", URI.create("https://cloudfront.amazonaws.com/2020-05-31/distribution/"
                + URLEncoder.encode(distributionId, StandardCharsets.UTF_8) + "/invalidation"), "text/xml", body);
    }

    /** The stack's status, such as DELETE_IN_PROGRESS. */
    String stackStatus(String stackId) {
        String body = "Action=DescribeStacks&Version=2010-05-15&StackName=" + URLEncoder.encode(stackId, StandardCharsets.UTF_8);
        String answer = send("cloudformation", region, URI.create("https://cloudformation." + region + ".amazonaws.com/"),
                "application/x-www-form-urlencoded; charset=utf-8", body);
        Matcher status = STATUS.matcher(answer);
        if (!status.find()) throw new IllegalStateException("CloudFormation did not say the stack's status: " + answer);
        return status.group(1);
    }

    private String send(String service, String signingRegion, URI uri, String contentType, String body) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Content-Type", contentType).build();
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(credentials.resolveCredentials())
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, signingRegion));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
        for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
            // The client sets Host and Content-Length itself, to the same values that were signed.
            if (header.getKey().equalsIgnoreCase("Host") || header.getKey().equalsIgnoreCase("Content-Length")) continue;
            header.getValue().forEach(value -> request.header(header.getKey(), value));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(service + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + service, e);
        }
    }
}
