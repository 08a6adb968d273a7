package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The faults a real deployment met, each checked by reading the template: a second stack in
 * the same account, SES configuration sets, a custom domain with no certificate, records lost
 * when the table is replaced, the pages published by the stack itself, and SnapStart.
 */
class DeploymentTemplateTest {
    private static final Set<String> WAITED_ON = Set.of("WorkshopsFunction", "ResponsesFunction", "VotingFunction", "GridFunction", "ActionsFunction");
    private final Template template = LocalAws.TEMPLATE;

    @Test
    void schedulesTakeAGeneratedNameSoTwoStacksCanShareAnAccount() {
        int schedules = 0;
        for (var function : functions().entrySet()) {
            for (Object e : Template.map(properties(function.getValue()).get("Events")).values()) {
                Map<String, Object> event = Template.map(e);
                if (!String.valueOf(event.get("Type")).startsWith("Schedule")) continue;
                schedules++;
                assertEquals(true, Template.map(event.get("Properties")).get("OmitName"), function.getKey() + " names its schedule");
            }
        }
        assertEquals(1, schedules);
    }

    @Test
    void whoeverSendsEmailMayAlsoUseTheIdentitysConfigurationSet() {
        List<String> senders = new ArrayList<>();
        for (var function : functions().entrySet()) {
            for (Map<String, Object> statement : statements(function.getValue())) {
                if (!String.valueOf(statement.get("Action")).contains("ses:SendEmail")) continue;
                senders.add(function.getKey());
                String resources = String.valueOf(statement.get("Resource"));
                assertTrue(resources.contains(":identity/*"), function.getKey() + ": " + resources);
                assertTrue(resources.contains(":configuration-set/*"), function.getKey() + " cannot send through a configuration set: " + resources);
            }
        }
        assertEquals(List.of("WorkshopsFunction", "ActionsFunction", "ScheduleFunction"), senders);
    }

    @Test
    void aCustomDomainWithoutACertificateIsRefusedBeforeAnythingIsCreated() {
        Map<String, Object> rules = Template.map(template.document().get("Rules"));
        assertFalse(rules.isEmpty(), "the template has no Rules");
        assertTrue(rulesHold(rules, Map.of("DomainName", "", "CertificateArn", "")), "no custom domain needs no certificate");
        assertTrue(rulesHold(rules, Map.of("DomainName", "commonground.example.gov.uk",
                "CertificateArn", "arn:aws:acm:us-east-1:123456789012:certificate/abc")));
        assertFalse(rulesHold(rules, Map.of("DomainName", "commonground.example.gov.uk", "CertificateArn", "")),
                "a custom domain with no certificate passes the rules");
    }

    @Test
    void replacingTheTableKeepsItsRecordsAndOnlyTheCouncilDecidesToDeleteThemWithTheStack() {
        Map<String, Object> table = template.resources().get("Table");
        assertEquals("Retain", table.get("UpdateReplacePolicy"));
        assertEquals("Retain", table.get("DeletionPolicy"));
        Map<String, Object> parameter = Template.map(Template.map(template.document().get("Parameters")).get("DeleteDataWithStack"));
        assertEquals("no", parameter.get("Default"));
        assertEquals(List.of("no", "yes"), parameter.get("AllowedValues"));
        Map<String, Object> pages = properties(template.resources().get("SitePages"));
        assertEquals(Map.of("Ref", "Table"), pages.get("TableName"));
        assertEquals(Map.of("Ref", "DeleteDataWithStack"), pages.get("DeleteDataWithStack"));
        assertTrue(statements(template.resources().get("SiteFunction")).stream()
                .anyMatch(s -> s.get("Action").equals("dynamodb:DeleteTable") && s.get("Resource").equals(Map.of("Fn::GetAtt", List.of("Table", "Arn")))));
    }

    @Test
    void theStackPublishesThePagesWithTheCouncilsDetailsAndRepublishesWhenTheyChange() {
        Map<String, Object> pages = template.resources().get("SitePages");
        assertEquals("Custom::SitePages", pages.get("Type"));
        Map<String, Object> properties = properties(pages);
        assertEquals(Map.of("Fn::GetAtt", List.of("SiteFunction", "Arn")), properties.get("ServiceToken"));
        // A new version of the publisher (new pages) changes this property, so CloudFormation sends an Update.
        assertEquals(Map.of("Ref", "SiteFunction.Version"), properties.get("Pages"));
        assertEquals("live", properties(template.resources().get("SiteFunction")).get("AutoPublishAlias"));
        for (String name : List.of("WebBucket", "ExportsBucket", "OrganisationName", "ContactEmail", "PrivacyNotice")) {
            assertEquals(Map.of("Ref", name), properties.get(name), name);
        }
        assertEquals(Map.of("Ref", "Distribution"), properties.get("DistributionId"));
        Set<String> parameters = Template.map(template.document().get("Parameters")).keySet();
        assertTrue(parameters.containsAll(List.of("OrganisationName", "ContactEmail", "PrivacyNotice")));
    }

    @Test
    void everyCodeLocationIsAnArtifactThatTheBuildMakesOnce() throws Exception {
        String build = Files.readString(LocalAws.ROOT.resolve("scripts/build-lambda"));
        Object global = Template.map(Template.map(template.document().get("Globals")).get("Function")).get("CodeUri");
        Set<String> locations = new TreeSet<>();
        for (var function : functions().entrySet()) {
            Object location = properties(function.getValue()).getOrDefault("CodeUri", global);
            locations.add(String.valueOf(location));
            assertFalse(Template.map(function.getValue().get("Metadata")).containsKey("BuildMethod"),
                    function.getKey() + " would make SAM CLI build again");
        }
        assertEquals(Set.of("dist/clustering.zip", "dist/functions.zip", "dist/site.zip"), locations);
        for (String location : locations) {
            String name = location.substring("dist/".length(), location.length() - ".zip".length());
            assertTrue(build.contains("[" + name + "]="), "scripts/build-lambda does not make " + location);
        }
    }

    @Test
    void theFunctionsPeopleWaitOnStartFromASnapshotBehindAnAlias() {
        for (var function : functions().entrySet()) {
            Map<String, Object> properties = properties(function.getValue());
            boolean snapStart = Map.of("ApplyOn", "PublishedVersions").equals(properties.get("SnapStart"));
            assertEquals(WAITED_ON.contains(function.getKey()), snapStart, function.getKey());
            if (snapStart) assertEquals("live", properties.get("AutoPublishAlias"), function.getKey());
        }
    }

    /**
     * Lambda's java25 runtime stops the JIT at C1 except for functions with SnapStart (AWS Lambda
     * Developer Guide, "Customize Java runtime startup behavior"). The functions people wait on
     * keep C1 only as well: priming runs each route far fewer times than C2 waits for, so the
     * full JIT would compile after the restore, while people wait (README, Start-up).
     */
    @Test
    void functionsWithASnapshotStayOnTheFastFirstCompiler() {
        Map<String, Object> globals = Template.map(Template.map(template.document().get("Globals")).get("Function"));
        for (var function : functions().entrySet()) {
            if (properties(function.getValue()).get("SnapStart") == null) continue;
            Map<String, Object> variables = new java.util.HashMap<>(Template.map(Template.map(globals.get("Environment")).get("Variables")));
            variables.putAll(Template.map(Template.map(properties(function.getValue()).get("Environment")).get("Variables")));
            assertEquals(true, String.valueOf(variables.get("JAVA_TOOL_OPTIONS")).contains("-XX:TieredStopAtLevel=1"), function.getKey());
        }
    }

    private Map<String, Map<String, Object>> functions() {
        Map<String, Map<String, Object>> functions = new java.util.LinkedHashMap<>();
        template.resources().forEach((id, r) -> { if ("AWS::Serverless::Function".equals(r.get("Type"))) functions.put(id, r); });
        return functions;
    }

    private static Map<String, Object> properties(Map<String, Object> resource) {
        return Template.map(resource.get("Properties"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Map<String, Object> function) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : (List<Object>) properties(function).getOrDefault("Policies", List.of())) {
            statements.addAll((List<Map<String, Object>>) Template.map(policy).get("Statement"));
        }
        return statements;
    }

    /** CloudFormation's reading of Rules: each rule whose condition holds must have every assertion hold. */
    private static boolean rulesHold(Map<String, Object> rules, Map<String, String> parameters) {
        for (Object r : rules.values()) {
            Map<String, Object> rule = Template.map(r);
            if (rule.containsKey("RuleCondition") && !truth(rule.get("RuleCondition"), parameters)) continue;
            for (Object a : (List<?>) rule.get("Assertions")) {
                if (!truth(Template.map(a).get("Assert"), parameters)) return false;
            }
        }
        return true;
    }

    private static boolean truth(Object expression, Map<String, String> parameters) {
        Map<String, Object> e = Template.map(expression);
        if (e.containsKey("Fn::Not")) return !truth(((List<?>) e.get("Fn::Not")).getFirst(), parameters);
        if (e.containsKey("Fn::Equals")) {
            List<?> pair = (List<?>) e.get("Fn::Equals");
            return value(pair.get(0), parameters).equals(value(pair.get(1), parameters));
        }
        throw new IllegalArgumentException("This check reads only Fn::Not and Fn::Equals, not " + e.keySet());
    }

    private static String value(Object operand, Map<String, String> parameters) {
        if (operand instanceof Map<?, ?> ref) {
            Map<String, String> all = new HashMap<>(parameters);
            return all.get(String.valueOf(ref.get("Ref")));
        }
        return String.valueOf(operand);
    }
}
