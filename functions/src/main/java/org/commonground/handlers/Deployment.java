package org.commonground.handlers;

import java.time.Clock;
import java.util.function.Supplier;
import org.commonground.aws.S3ExportFiles;
import org.commonground.kernel.Configuration;
import org.commonground.records.ExportFiles;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * One deployment's configuration and AWS clients, built once per process. Endpoints, region
 * and credentials come from the SDK's standard settings (AWS_ENDPOINT_URL_DYNAMODB,
 * AWS_ENDPOINT_URL_SESV2, AWS_REGION...), so the same code runs on AWS, LocalStack or the
 * local stand-ins.
 */
public record Deployment(Configuration configuration, DynamoDbClient dynamo, SesV2Client ses, Supplier<ExportFiles> exportFiles, Clock clock) {

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
                exportFiles(configuration, S3Client.builder(), S3Presigner.builder()),
                Clock.systemUTC());
    }

    /**
     * The exports bucket, if the deployment has one. Its clients are built on first use, as
     * only a large export needs them: the other functions start without them.
     */
    public static Supplier<ExportFiles> exportFiles(Configuration configuration, S3ClientBuilder client, S3Presigner.Builder presigner) {
        if (configuration.exportBucket() == null) return () -> null;
        // The whole file is in memory, so it is sent in one piece (stand-ins do not read signed chunks).
        S3Configuration s3 = S3Configuration.builder().pathStyleAccessEnabled(configuration.s3PathStyle()).chunkedEncodingEnabled(false).build();
        return new Supplier<>() {
            private volatile ExportFiles files;

            @Override
            public ExportFiles get() {
                if (files == null) {
                    synchronized (this) {
                        if (files == null) {
                            // Checksums only where S3 requires them: S3-compatible stand-ins do not read the trailing kind.
                            files = new S3ExportFiles(client.httpClient(UrlConnectionHttpClient.create()).serviceConfiguration(s3)
                                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).build(),
                                    presigner.serviceConfiguration(s3).build(), configuration.exportBucket());
                        }
                    }
                }
                return files;
            }
        };
    }
}
