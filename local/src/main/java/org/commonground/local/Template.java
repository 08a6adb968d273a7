package org.commonground.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The SAM template as data. CloudFormation's short tags ({@code !Ref X}, {@code !GetAtt A.B})
 * are read as their long forms ({@code {Ref: X}}, {@code {Fn::GetAtt: [A, B]}}).
 */
public record Template(Map<String, Object> document) {

    public record Route(String method, String path) {
        public String key() { return method + " " + path; }
    }

    /** A function, the API routes that reach it, and whether a schedule runs it. */
    public record Function(String logicalId, String handlerClass, List<Route> routes, boolean scheduled) {}

    public static Template load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Template(new Yaml(new CloudFormationTags()).load(reader));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) document.get("Resources");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    public List<Function> functions() {
        List<Function> functions = new ArrayList<>();
        resources().forEach((id, resource) -> {
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) return;
            Map<String, Object> properties = map(resource.get("Properties"));
            String handler = (String) properties.get("Handler");
            List<Route> routes = new ArrayList<>();
            boolean scheduled = false;
            for (Object e : map(properties.get("Events")).values()) {
                Map<String, Object> event = map(e);
                if ("HttpApi".equals(event.get("Type"))) {
                    Map<String, Object> p = map(event.get("Properties"));
                    routes.add(new Route(((String) p.get("Method")).toUpperCase(), (String) p.get("Path")));
                }
                if (String.valueOf(event.get("Type")).startsWith("Schedule")) scheduled = true;
            }
            functions.add(new Function(id, handler.substring(0, handler.indexOf("::")), routes, scheduled));
        });
        return functions;
    }

    /** The handler classes of the functions the table's stream feeds. */
    public List<String> streamHandlers() {
        List<String> handlers = new ArrayList<>();
        resources().forEach((id, resource) -> {
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) return;
            Map<String, Object> properties = map(resource.get("Properties"));
            for (Object e : map(properties.get("Events")).values()) {
                if ("DynamoDB".equals(map(e).get("Type"))) {
                    String handler = (String) properties.get("Handler");
                    handlers.add(handler.substring(0, handler.indexOf("::")));
                }
            }
        });
        return handlers;
    }

    /** The properties of the one DynamoDB table. */
    public Map<String, Object> table() {
        return resources().values().stream()
                .filter(r -> "AWS::DynamoDB::Table".equals(r.get("Type")))
                .map(r -> map(r.get("Properties")))
                .findFirst().orElseThrow(() -> new IllegalStateException("The template declares no DynamoDB table"));
    }

    static final class CloudFormationTags extends SafeConstructor {
        private static final List<String> FUNCTIONS = List.of("Ref", "Condition", "GetAtt", "Sub", "If", "Not", "Equals",
                "And", "Or", "Select", "Split", "Join", "FindInMap", "Base64", "Cidr", "GetAZs", "ImportValue",
                "Transform", "Length", "ToJsonString");

        CloudFormationTags() {
            super(new LoaderOptions());
            for (String name : FUNCTIONS) {
                String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
                yamlConstructors.put(new Tag("!" + name), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value = switch (node) {
                            case ScalarNode scalar -> constructScalar(scalar);
                            case SequenceNode sequence -> constructSequence(sequence);
                            case MappingNode mapping -> constructMapping(mapping);
                            default -> throw new IllegalStateException("Unexpected YAML node " + node);
                        };
                        if (name.equals("GetAtt") && value instanceof String s) value = List.of(s.split("\\.", 2));
                        Map<String, Object> longForm = new LinkedHashMap<>();
                        longForm.put(key, value);
                        return longForm;
                    }
                });
            }
        }
    }
}
