package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.commonground.kernel.SavedReplies;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** One item per key, {@code IK#{hash}}, whose {@code expiresAt} is also its TTL. */
public final class DynamoSavedReplies implements SavedReplies {
    private final Table table;

    public DynamoSavedReplies(Table table) { this.table = table; }

    private static Map<String, AttributeValue> key(String key) {
        return Keys.savedAnswer(key);
    }

    @Override
    public boolean claim(String key, String fingerprint, Instant now, Instant leaseUntil, Instant expiresAt) {
        Map<String, AttributeValue> item = key(key);
        item.put("fingerprint", s(fingerprint));
        item.put("leaseUntil", n(leaseUntil.toEpochMilli()));
        item.put("expiresAt", n(expiresAt.getEpochSecond()));
        try {
            // TTL deletes expired items only eventually, so an expired one counts as free.
            table.client().putItem(PutItemRequest.builder().tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR expiresAt < :now")
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()))).build());
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public boolean takeOver(String key, Instant staleLease, Instant leaseUntil) {
        try {
            table.client().updateItem(UpdateItemRequest.builder().tableName(table.name()).key(key(key))
                    .updateExpression("SET leaseUntil = :until")
                    .conditionExpression("leaseUntil = :stale AND attribute_not_exists(#status)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":until", n(leaseUntil.toEpochMilli()), ":stale", n(staleLease.toEpochMilli())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException someoneElse) {
            return false;
        }
    }

    @Override
    public Optional<Saved> read(String key, Instant now) {
        Map<String, AttributeValue> itemKey = key(key);
        return table.get(Table.text(itemKey, "pk"), Table.text(itemKey, "sk"))
                .filter(item -> Table.number(item, "expiresAt", 0) >= now.getEpochSecond())
                .map(item -> {
                    Answer answer = null;
                    if (item.containsKey("status")) {
                        Map<String, String> headers = new HashMap<>();
                        AttributeValue h = item.get("headers");
                        if (h != null && h.hasM()) h.m().forEach((k, v) -> headers.put(k, v.s()));
                        answer = new Answer((int) Table.number(item, "status", 0), Table.text(item, "body"),
                                Table.text(item, "contentType"), Map.copyOf(headers));
                    }
                    return new Saved(Table.text(item, "fingerprint"), answer, Instant.ofEpochMilli(Table.number(item, "leaseUntil", 0)));
                });
    }

    @Override
    public void keep(String key, Answer reply) {
        Map<String, AttributeValue> headers = new HashMap<>();
        reply.headers().forEach((k, v) -> headers.put(k, s(v)));
        table.client().updateItem(UpdateItemRequest.builder().tableName(table.name()).key(key(key))
                .updateExpression("SET #status = :status, body = :body, contentType = :type, headers = :headers")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", n(reply.status()), ":body", s(reply.body()),
                        ":type", s(reply.contentType()), ":headers", AttributeValue.fromM(headers)))
                .build());
    }

    @Override
    public void release(String key) {
        table.client().deleteItem(DeleteItemRequest.builder().tableName(table.name()).key(key(key)).build());
    }
}
