package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.commonground.api.ApiHandler;
import org.commonground.handlers.Deployment;
import org.commonground.kernel.Json;
import org.junit.jupiter.api.Test;

/** SAM CLI cannot run here, so the template is checked by reading it. */
class TemplateTest {
    private final Template template = LocalAws.TEMPLATE;

    @Test
    void everyFunctionRunsJava25OnArm64WithAHandlerThatAnswersExactlyItsDeclaredRoutes() throws Exception {
        Map<String, Object> globals = Template.map(Template.map(template.document().get("Globals")).get("Function"));
        assertEquals("java25", globals.get("Runtime"));
        assertEquals(List.of("arm64"), globals.get("Architectures"));
        Deployment deployment = LocalAws.get().deployment();
        Set<String> declared = new HashSet<>();
        assertEquals(Set.of("WorkshopsFunction", "ResponsesFunction", "ClusteringFunction", "VotingFunction", "GridFunction",
                        "ActionsFunction", "ScheduleFunction", "SiteFunction", "StatementVectorsFunction", "MailEventsFunction"),
                template.functions().stream().map(Template.Function::logicalId).collect(java.util.stream.Collectors.toSet()));
        for (Template.Function function : template.functions()) {
            Class<?> type = Class.forName(function.handlerClass());
            type.getConstructor();
            if (function.logicalId().equals("SiteFunction")) {
                assertTrue(com.amazonaws.services.lambda.runtime.RequestStreamHandler.class.isAssignableFrom(type), function.handlerClass());
                assertTrue(function.routes().isEmpty() && !function.scheduled(), "the publisher is run by CloudFormation only");
                continue;
            }
            Object handler = type.getConstructor(Deployment.class).newInstance(deployment);
            if (template.streamHandlers().contains(function.handlerClass())) {
                assertTrue(function.routes().isEmpty(), function.logicalId() + " is either fed by the stream or an API function");
                assertTrue(handler instanceof com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>, function.handlerClass());
                continue;
            }
            if (function.scheduled() || function.routes().isEmpty()) {
                // Run by a schedule, or by an event such as SES's bounce notices.
                assertTrue(function.routes().isEmpty(), function.logicalId() + " is either scheduled or an API function");
                assertTrue(handler instanceof com.amazonaws.services.lambda.runtime.RequestHandler<?, ?>, function.handlerClass());
                continue;
            }
            assertTrue(handler instanceof ApiHandler, function.handlerClass());
            Set<String> routes = new HashSet<>();
            function.routes().forEach(r -> routes.add(r.key()));
            assertEquals(routes, ((ApiHandler) handler).routeKeys(), function.logicalId() + " answers other routes than the template declares");
            for (String key : routes) assertTrue(declared.add(key), "declared twice: " + key);
        }
        assertEquals(51, declared.size());
    }

    @Test
    void theTableIsOnDemandWithTtlAndPointInTimeRecovery() {
        Map<String, Object> table = template.table();
        assertEquals("PAY_PER_REQUEST", table.get("BillingMode"));
        assertEquals(Map.of("AttributeName", "expiresAt", "Enabled", true), table.get("TimeToLiveSpecification"));
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), table.get("PointInTimeRecoverySpecification"));
    }

    @Test
    void everyReferencePointsAtSomethingThatExists() {
        Set<String> known = new HashSet<>(template.resources().keySet());
        known.addAll(Template.map(template.document().get("Parameters")).keySet());
        known.addAll(List.of("AWS::Region", "AWS::AccountId", "AWS::StackName", "AWS::StackId", "AWS::Partition",
                "AWS::URLSuffix", "AWS::NoValue"));
        Set<String> conditions = Template.map(template.document().get("Conditions")).keySet();
        List<String> broken = new ArrayList<>();
        walk(template.document(), known, conditions, broken);
        assertEquals(List.of(), broken);
    }

    @Test
    void functionsMayOnlyDoWhatTheyNeedOnTheTable() {
        for (var resource : template.resources().entrySet()) {
            if (!"AWS::Serverless::Function".equals(resource.getValue().get("Type"))) continue;
            String policies = String.valueOf(Template.map(resource.getValue().get("Properties")).get("Policies"));
            assertFalse(policies.contains("dynamodb:*") || policies.contains("dynamodb:Scan") || policies.contains("DynamoDBCrudPolicy"),
                    resource.getKey() + " has broader table rights than it needs: " + policies);
        }
    }

    @Test
    void theDeployedSiteSendsTheSameContentSecurityPolicyAsTheLocalServer() {
        Map<String, Object> policy = Template.map(Template.map(Template.map(Template.map(
                template.resources().get("SecurityHeaders").get("Properties")).get("ResponseHeadersPolicyConfig"))
                .get("SecurityHeadersConfig")).get("ContentSecurityPolicy"));
        assertEquals(StaticSite.CONTENT_SECURITY_POLICY, policy.get("ContentSecurityPolicy"));
    }

    @Test
    void everySampleEventIsAValidEventForADeclaredRoute() throws IOException {
        Set<String> declared = new HashSet<>();
        template.functions().forEach(f -> f.routes().forEach(r -> declared.add(r.key())));
        Set<String> covered = new HashSet<>();
        try (Stream<Path> files = Files.list(LocalAws.ROOT.resolve("events"))) {
            for (Path file : files.toList()) {
                JsonNode json = Json.MAPPER.readTree(Files.readString(file));
                APIGatewayV2HTTPEvent event = ApiClient.EVENTS.treeToValue(json, APIGatewayV2HTTPEvent.class);
                assertEquals("2.0", event.getVersion(), file.toString());
                assertTrue(declared.contains(event.getRouteKey()), file + " names an undeclared route " + event.getRouteKey());
                assertEquals(event.getRouteKey().split(" ")[0], event.getRequestContext().getHttp().getMethod(), file.toString());
                assertEquals(ApiClient.eventFile(event.getRouteKey()).getFileName(), file.getFileName());
                if (event.getBody() != null) assertNotNull(Json.MAPPER.readTree(event.getBody()), file.toString());
                covered.add(event.getRouteKey());
            }
        }
        assertEquals(declared, covered, "every route has a sample event");
    }

    /** SAM's FunctionName.Version and FunctionName.Alias exist for a function with AutoPublishAlias. */
    private boolean published(String ref) {
        String[] parts = ref.split("\\.");
        if (parts.length != 2 || !List.of("Version", "Alias").contains(parts[1])) return false;
        return template.resources().containsKey(parts[0])
                && Template.map(template.resources().get(parts[0]).get("Properties")).containsKey("AutoPublishAlias");
    }

    @SuppressWarnings("unchecked")
    private void walk(Object node, Set<String> known, Set<String> conditions, List<String> broken) {
        if (node instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                Object value = entry.getValue();
                switch (String.valueOf(entry.getKey())) {
                    case "Ref" -> { if (!known.contains(value) && !published(String.valueOf(value))) broken.add("Ref " + value); }
                    case "Fn::GetAtt" -> {
                        String target = ((List<Object>) value).getFirst().toString();
                        if (!known.contains(target)) broken.add("GetAtt " + target);
                    }
                    case "Fn::Sub" -> {
                        String text = value instanceof List<?> list ? list.getFirst().toString() : value.toString();
                        var m = java.util.regex.Pattern.compile("\\$\\{([^}!]+)}").matcher(text);
                        while (m.find()) {
                            String name = m.group(1).split("\\.")[0];
                            if (!known.contains(name)) broken.add("Sub ${" + m.group(1) + "}");
                        }
                    }
                    case "Fn::If" -> {
                        String condition = ((List<Object>) value).getFirst().toString();
                        if (!conditions.contains(condition)) broken.add("If " + condition);
                    }
                    default -> { }
                }
                walk(value, known, conditions, broken);
            }
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, known, conditions, broken));
        }
    }
}
