package org.commonground.outbox;

import static org.commonground.table.Table.n;
import static org.commonground.table.Table.s;

import java.util.Map;
import org.commonground.table.Table;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Pending emails carry gsi1pk = OUTBOX#PENDING so a sweep can find them without a scan. */
public final class DynamoOutboxStore implements OutboxStore {
    private final Table table;

    public DynamoOutboxStore(Table table) { this.table = table; }

    @Override
    public boolean add(Email email, long expiresAt) {
        Map<String, AttributeValue> item = Table.key("E#" + email.key(), "E");
        item.put("kind", s(email.kind()));
        item.put("to", AttributeValue.fromSs(email.to()));
        item.put("subject", s(email.subject()));
        item.put("html", s(email.html()));
        item.put("text", s(email.text()));
        item.put("status", s("pending"));
        item.put("attempts", n(0));
        item.put("gsi1pk", s("OUTBOX#PENDING"));
        item.put("gsi1sk", s(email.key()));
        item.put("expiresAt", n(expiresAt));
        try {
            table.client().putItem(PutItemRequest.builder().tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(pk)").build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void markSent(String key, String messageId) {
        table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                .key(Table.key("E#" + key, "E"))
                .updateExpression("SET #st = :sent, messageId = :mid ADD attempts :one REMOVE gsi1pk, gsi1sk, lastError")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":sent", s("sent"), ":mid", s(messageId), ":one", n(1)))
                .build());
    }

    @Override
    public void markFailed(String key, String reason) {
        table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                .key(Table.key("E#" + key, "E"))
                .updateExpression("SET lastError = :why ADD attempts :one")
                .expressionAttributeValues(Map.of(":why", s(reason), ":one", n(1)))
                .build());
    }
}
