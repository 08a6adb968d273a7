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
 * every API function answers its priming request, every kind of call the table takes is made,
 * and nothing is left in the table, so a snapshot holds no record, token or id that restored
 * instances would share.
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
        assertEquals(0, deployment.dynamo().scan(s -> s.tableName(table)).count(), "priming left items in the table");
    }

    @Test
    void everyApiFunctionsPrimingMakesEachKindOfCallAndItsRoutesReachTheTable() throws Exception {
        // Through CloudFront the origin header is required; priming must pass it to reach the routes.
        Deployment deployment = LocalAws.get().deployment(java.time.Clock.systemUTC(), Map.of("ORIGIN_SECRET", "stack-guid"));
        for (Template.Function function : LocalAws.TEMPLATE.functions()) {
            if (function.routes().isEmpty()) continue;
            List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
            ApiHandler handler = (ApiHandler) Class.forName(function.handlerClass()).getConstructor(Deployment.class)
                    .newInstance(counted(deployment, calls));
            handler.beforeCheckpoint(null);
            for (String kind : List.of("GetItem", "Query", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems")) {
                assertTrue(calls.contains(kind), function.logicalId() + "'s priming made no " + kind + " call: " + new java.util.TreeSet<>(calls));
            }
            // The table's own priming reads one item a round; more means the routes' refused requests read it too
            // (before, a path id that could not be one stopped every participant route before the table).
            long reads = calls.stream().filter("GetItem"::equals).count();
            assertTrue(reads > 10, function.logicalId() + "'s routes did not reach the table while priming: " + reads + " reads");
        }
    }

    /** {@code deployment} with a DynamoDB client that notes each call's operation name in {@code calls}. */
    private static Deployment counted(Deployment deployment, List<String> calls) {
        var client = software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
                .endpointOverride(deployment.dynamo().serviceClientConfiguration().endpointOverride().orElseThrow())
                .region(software.amazon.awssdk.regions.Region.EU_WEST_2)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(software.amazon.awssdk.core.interceptor.Context.BeforeExecution context,
                            software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
                        calls.add(attributes.getAttribute(software.amazon.awssdk.core.interceptor.SdkExecutionAttribute.OPERATION_NAME));
                    }
                }))
                .build();
        return new Deployment(deployment.configuration(), client, deployment.mail(), deployment.exportFiles(), deployment.clock());
    }
}
