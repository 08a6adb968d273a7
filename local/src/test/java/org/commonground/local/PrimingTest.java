package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.api.ApiHandler;
import org.commonground.handlers.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The SnapStart priming that runs before each snapshot, against DynamoDB Local: every route of
 * every API function answers its priming request, and nothing at all is written to the table,
 * so a snapshot holds no record, token or id that restored instances would share.
 */
class PrimingTest {
    @Test
    void primingRunsEveryRouteOfEveryApiFunctionAndWritesNothing() throws Exception {
        // Through CloudFront the origin header is required; priming must pass it to reach the routes.
        Deployment deployment = LocalAws.get().deployment(java.time.Clock.systemUTC(), Map.of("ORIGIN_SECRET", "stack-guid"));
        String table = deployment.configuration().tableName();
        List<String> primed = new ArrayList<>();
        for (Template.Function function : LocalAws.TEMPLATE.functions()) {
            if (function.routes().isEmpty()) continue;
            ApiHandler handler = (ApiHandler) Class.forName(function.handlerClass()).getConstructor(Deployment.class).newInstance(deployment);
            handler.beforeCheckpoint(null);
            handler.afterRestore(null);
            primed.add(function.logicalId());
        }
        assertEquals(6, primed.size(), primed.toString());
        assertEquals(0, deployment.dynamo().scan(s -> s.tableName(table)).count(), "priming wrote to the table");
    }

    @Test
    void primingRequestsReachTheRoutesRatherThanStoppingAtTheOriginCheck() throws Exception {
        Deployment deployment = LocalAws.get().deployment(java.time.Clock.systemUTC(), Map.of("ORIGIN_SECRET", "stack-guid"));
        var reads = new java.util.concurrent.atomic.AtomicInteger();
        Deployment counted = new Deployment(deployment.configuration(),
                software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
                        .endpointOverride(deployment.dynamo().serviceClientConfiguration().endpointOverride().orElseThrow())
                        .region(software.amazon.awssdk.regions.Region.EU_WEST_2)
                        .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                                software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local")))
                        .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                        .overrideConfiguration(c -> c.addExecutionInterceptor(new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
                            @Override
                            public void afterExecution(software.amazon.awssdk.core.interceptor.Context.AfterExecution context,
                                    software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
                                reads.incrementAndGet();
                            }
                        }))
                        .build(),
                deployment.mail(), deployment.exportFiles(), deployment.clock());
        ApiHandler workshops = (ApiHandler) Class.forName("org.commonground.handlers.WorkshopsHandler").getConstructor(Deployment.class).newInstance(counted);
        workshops.beforeCheckpoint(null);
        assertTrue(reads.get() >= 5, "priming the workshops function read the table only " + reads.get() + " times");
    }
}
