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
 * local stand-ins. The SES and S3 clients are built on first use: most requests send no
 * email and make no export, and building them is a large part of a cold start.
 */
public record Deployment(Configuration configuration, DynamoDbClient dynamo, Supplier<SesV2Client> mail, Supplier<ExportFiles> exportFiles, Clock clock) {

    /** With an SES client already built (tests and tools). */
    public Deployment(Configuration configuration, DynamoDbClient dynamo, SesV2Client ses, Supplier<ExportFiles> exportFiles, Clock clock) {
        this(configuration, dynamo, () -> ses, exportFiles, clock);
    }

    /** The SES client, built on the first call. */
    public SesV2Client ses() {
        return mail.get();
    }

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
                once(() -> SesV2Client.builder().httpClient(UrlConnectionHttpClient.create()).build()),
                exportFiles(configuration, S3Client::builder, S3Presigner::builder),
                Clock.systemUTC());
    }

    /**
     * The exports bucket, if the deployment has one. Its clients are built on first use, as
     * only a large export needs them: the other functions start without them.
     */
    public static Supplier<ExportFiles> exportFiles(Configuration configuration, Supplier<S3ClientBuilder> client, Supplier<S3Presigner.Builder> presigner) {
        if (configuration.exportBucket() == null) return () -> null;
        return once(() -> {
            // The whole file is in memory, so it is sent in one piece (stand-ins do not read signed chunks).
            S3Configuration s3 = S3Configuration.builder().pathStyleAccessEnabled(configuration.s3PathStyle()).chunkedEncodingEnabled(false).build();
            // Checksums only where S3 requires them: S3-compatible stand-ins do not read the trailing kind.
            return new S3ExportFiles(client.get().httpClient(UrlConnectionHttpClient.create()).serviceConfiguration(s3)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).build(),
                    presigner.get().serviceConfiguration(s3).build(), configuration.exportBucket());
        });
    }

    /** What make gives, made on the first call and kept (safe when calls race). */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) value = v = make.get();
                    }
                }
                return v;
            }
        };
    }
}
