package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.outbox.Email;
import org.commonground.outbox.OutboxStore;
import org.commonground.outbox.UndeliveredEmail;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Pending emails carry gsi1pk = OUTBOX#PENDING (sorted by when to try next) so the sweep finds
 * them without a scan. An email about a workshop leaves {@code EK#key} in the workshop's partition
 * (so deleting the workshop deletes it), and one given up on a note {@code EF#key}.
 */
public final class DynamoOutboxStore implements OutboxStore {
    private static final String PENDING = "OUTBOX#PENDING";
    private final Table table;

    public DynamoOutboxStore(Table table) { this.table = table; }

    @Override
    public boolean add(Email email, long expiresAt, Instant heldUntil) {
        Map<String, AttributeValue> item = Table.key("E#" + email.key(), "E");
        item.put("kind", s(email.kind()));
        item.put("to", AttributeValue.fromSs(email.to()));
        item.put("subject", s(email.subject()));
        item.put("html", s(email.html()));
        item.put("text", s(email.text()));
        if (email.workshopId() != null) item.put("workshopId", s(email.workshopId()));
        item.put("status", s("pending"));
        item.put("attempts", n(0));
        item.put("heldUntil", s(heldUntil.toString()));
        item.put("gsi1pk", s(PENDING));
        item.put("gsi1sk", s(heldUntil + "#" + email.key()));
        item.put("expiresAt", n(expiresAt));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        if (email.workshopId() != null) {
            // So that deleting the workshop finds and deletes its emails too.
            Map<String, AttributeValue> reference = Table.key(DynamoWorkshopStore.pk(email.workshopId()), "EK#" + email.key());
            reference.put("expiresAt", n(expiresAt));
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(reference).build()).build());
        }
        return table.transact(writes).isEmpty();
    }

    @Override
    public void markSent(String key, String messageId) {
        table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                .key(Table.key("E#" + key, "E"))
                .updateExpression("SET #st = :sent, messageId = :mid ADD attempts :one REMOVE gsi1pk, gsi1sk, lastError, heldUntil")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":sent", s("sent"), ":mid", s(messageId), ":one", n(1)))
                .build());
    }

    @Override
    public boolean exists(String key) {
        return table.get("E#" + key, "E").isPresent();
    }

    @Override
    public void markFailed(String key, String reason, Instant retryAt) {
        table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                .key(Table.key("E#" + key, "E"))
                .updateExpression("SET lastError = :why, heldUntil = :retry, gsi1sk = :sort ADD attempts :one")
                .expressionAttributeValues(Map.of(":why", s(reason), ":one", n(1), ":retry", s(retryAt.toString()),
                        ":sort", s(retryAt + "#" + key)))
                .build());
    }

    @Override
    public List<Pending> due(Instant now, int limit) {
        var page = table.client().query(QueryRequest.builder().tableName(table.name()).indexName(Table.INDEX)
                .keyConditionExpression("gsi1pk = :p AND gsi1sk < :now")
                .expressionAttributeValues(Map.of(":p", s(PENDING), ":now", s(now.toString())))
                .limit(limit)
                .build());
        List<Pending> due = new ArrayList<>();
        for (Map<String, AttributeValue> item : page.items()) {
            due.add(new Pending(new Email(Table.text(item, "pk").substring(2), Table.text(item, "kind"), item.get("to").ss(),
                    Table.text(item, "subject"), Table.text(item, "html"), Table.text(item, "text"), Table.text(item, "workshopId")),
                    (int) Table.number(item, "attempts", 0)));
        }
        return due;
    }

    @Override
    public boolean hold(String key, int attempts, Instant now, Instant heldUntil) {
        try {
            table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                    .key(Table.key("E#" + key, "E"))
                    .updateExpression("SET heldUntil = :until, gsi1sk = :sort")
                    .conditionExpression("#st = :pending AND attempts = :attempts AND heldUntil < :now")
                    .expressionAttributeNames(Map.of("#st", "status"))
                    .expressionAttributeValues(Map.of(":until", s(heldUntil.toString()), ":sort", s(heldUntil + "#" + key),
                            ":pending", s("pending"), ":attempts", n(attempts), ":now", s(now.toString())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public void giveUp(Pending pending, String reason, Instant at) {
        Email email = pending.email();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                .key(Table.key("E#" + email.key(), "E"))
                .updateExpression("SET #st = :failed, lastError = :why ADD attempts :one REMOVE gsi1pk, gsi1sk, heldUntil")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":failed", s("failed"), ":why", s(reason), ":one", n(1)))
                .build()).build());
        if (email.workshopId() != null) {
            Map<String, AttributeValue> note = Table.key(DynamoWorkshopStore.pk(email.workshopId()), "EF#" + email.key());
            note.put("kind", s(email.kind()));
            note.put("subject", s(email.subject()));
            note.put("recipients", n(email.to().size()));
            note.put("reason", s(reason));
            note.put("at", s(at.toString()));
            note.put("expiresAt", n(at.getEpochSecond() + 30L * 24 * 3600));
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(note).build()).build());
            writes.add(DynamoWorkshopStore.versionBump(table, email.workshopId(), null));
        }
        table.transact(writes);
    }

    public static UndeliveredEmail undeliveredFrom(Map<String, AttributeValue> item) {
        return new UndeliveredEmail(Table.text(item, "kind"), Table.text(item, "subject"), (int) Table.number(item, "recipients", 1),
                Table.text(item, "reason"), Instant.parse(Table.text(item, "at")));
    }
}
