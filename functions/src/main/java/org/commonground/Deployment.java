package org.commonground;

import java.time.Clock;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * One deployment's configuration and AWS clients, built once per process. Endpoints, region
 * and credentials come from the SDK's standard settings (AWS_ENDPOINT_URL_DYNAMODB,
 * AWS_ENDPOINT_URL_SESV2, AWS_REGION...), so the same code runs on AWS, LocalStack or the
 * local stand-ins.
 */
public record Deployment(Configuration configuration, DynamoDbClient dynamo, SesV2Client ses, Clock clock) {

    private static volatile Deployment shared;

    /** The process-wide deployment a Lambda handler uses, built on first use. */
    public static Deployment shared() {
        Deployment d = shared;
        if (d == null) {
            synchronized (Deployment.class) {
                d = shared;
                if (d == null) {
                    d = shared = fromSettings(Configuration.current());
                }
            }
        }
        return d;
    }

    public static Deployment fromSettings(Configuration configuration) {
        return new Deployment(
                configuration,
                DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                SesV2Client.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                Clock.systemUTC());
    }
}
