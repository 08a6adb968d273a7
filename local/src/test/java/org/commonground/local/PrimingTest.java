package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * the functions with SnapStart rehearse their main routes with requests that succeed, and
 * nothing is left in the table (the rehearsals' workshops, tokens and flood counters included), so a snapshot holds no record, token or id that restored
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
            // The functions with SnapStart rehearse their main routes, and each rehearsed request succeeded.
            Object snapStart = Template.map(LocalAws.TEMPLATE.resources().get(function.logicalId()).get("Properties")).get("SnapStart");
            if (snapStart != null) {
                assertFalse(handler.rehearsal().isEmpty(), function.logicalId() + " rehearsed nothing");
                handler.rehearsal().forEach((route, status) -> assertTrue(status >= 200 && status < 300,
                        function.logicalId() + " rehearsed " + route + " and was answered " + status));
            }
        }
        assertEquals(6, primed.size(), primed.toString());
        var left = deployment.dynamo().scan(s -> s.tableName(table)).items();
        assertEquals(List.of(), left.stream().map(item -> item.get("pk").s() + " " + item.get("sk").s()).toList(),
                "priming left items in the table");
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

    @Test
    void theFacilitatorsListLeavesOutARehearsalWhileItLasts() {
        Scenario s = new Scenario();
        String facilitator = s.facilitator();
        String ours = s.createWorkshop(facilitator, "Carers in Conwy").text("id");
        var start = org.commonground.workshops.NewWorkshop.startingPoint(1);
        String rehearsal = s.app.workshops().create("rehearsal@common-ground.invalid", new org.commonground.workshops.NewWorkshop(
                org.commonground.workshops.Wording.same("Rehearsal"), org.commonground.workshops.Wording.same("Rehearsal"),
                start.languages(), start.prompts(), start.perspectives(), start.settings()), "https://rehearsal.invalid").id();
        String listed = s.api.call("GET /api/workshops", Map.of(), facilitator, null).body();
        assertTrue(listed.contains(ours), listed);
        assertFalse(listed.contains(rehearsal), "the list showed the rehearsal: " + listed);
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
