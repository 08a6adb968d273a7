package org.commonground.local;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/** Creates the table exactly as the template declares it, so local and AWS cannot drift. */
public final class LocalTable {
    private LocalTable() {}

    /** True when it was made now, false when it was already there. */
    @SuppressWarnings("unchecked")
    public static boolean create(DynamoDbClient dynamo, String name, Map<String, Object> properties) {
        List<AttributeDefinition> attributes = ((List<Map<String, Object>>) properties.get("AttributeDefinitions")).stream()
                .map(a -> AttributeDefinition.builder().attributeName((String) a.get("AttributeName"))
                        .attributeType((String) a.get("AttributeType")).build())
                .toList();
        var request = CreateTableRequest.builder().tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(keys(properties.get("KeySchema")));
        Object indexes = properties.get("GlobalSecondaryIndexes");
        if (indexes != null) {
            request.globalSecondaryIndexes(((List<Map<String, Object>>) indexes).stream()
                    .map(i -> GlobalSecondaryIndex.builder()
                            .indexName((String) i.get("IndexName"))
                            .keySchema(keys(i.get("KeySchema")))
                            .projection(Projection.builder().projectionType(
                                    (String) Template.map(i.get("Projection")).get("ProjectionType")).build())
                            .build())
                    .toList());
        }
        Map<String, Object> stream = Template.map(properties.get("StreamSpecification"));
        var streamSpecification = stream.isEmpty() ? null : software.amazon.awssdk.services.dynamodb.model.StreamSpecification.builder()
                .streamEnabled(true).streamViewType((String) stream.get("StreamViewType")).build();
        if (streamSpecification != null) request.streamSpecification(streamSpecification);
        try {
            dynamo.createTable(request.build());
        } catch (ResourceInUseException alreadyThere) {
            // A table kept from before the template asked for a stream gets one now.
            var existing = dynamo.describeTable(b -> b.tableName(name)).table();
            if (streamSpecification != null && (existing.streamSpecification() == null || !existing.streamSpecification().streamEnabled())) {
                dynamo.updateTable(b -> b.tableName(name).streamSpecification(streamSpecification));
            }
            return false;
        }
        Map<String, Object> ttl = Template.map(properties.get("TimeToLiveSpecification"));
        if (Boolean.TRUE.equals(ttl.get("Enabled"))) {
            dynamo.updateTimeToLive(b -> b.tableName(name).timeToLiveSpecification(
                    t -> t.attributeName((String) ttl.get("AttributeName")).enabled(true)));
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<KeySchemaElement> keys(Object schema) {
        return ((List<Map<String, Object>>) schema).stream()
                .map(k -> KeySchemaElement.builder().attributeName((String) k.get("AttributeName"))
                        .keyType((String) k.get("KeyType")).build())
                .toList();
    }
}
