package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
public final class DynamoOutboxStore implements OutboxStore, WorkshopItems {
    private final Table table;

    public DynamoOutboxStore(Table table) { this.table = table; }

    @Override
    public boolean add(Email email, long expiresAt, Instant heldUntil) {
        Map<String, AttributeValue> item = Keys.email(email.key());
        item.put("kind", s(email.kind()));
        item.put("to", AttributeValue.fromSs(email.to()));
        item.put("subject", s(email.subject()));
        item.put("html", s(email.html()));
        item.put("text", s(email.text()));
        if (email.workshopId() != null) item.put("workshopId", s(email.workshopId()));
        item.put("status", s("pending"));
        item.put("attempts", n(0));
        item.put("heldUntil", s(heldUntil.toString()));
        item.put("gsi1pk", s(Keys.PENDING_EMAILS));
        item.put("gsi1sk", s(heldUntil + "#" + email.key()));
        item.put("expiresAt", n(expiresAt));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        if (email.workshopId() != null) {
            // So that deleting the workshop finds and deletes its emails too.
            Map<String, AttributeValue> reference = Table.key(Keys.workshop(email.workshopId()), Keys.emailNote(email.key()));
            reference.put("expiresAt", n(expiresAt));
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(reference).build()).build());
        }
        return table.transact(writes).isEmpty();
    }

    @Override
    public void markSent(String key, String messageId) {
        table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                .key(Keys.email(key))
                .updateExpression("SET #st = :sent, messageId = :mid ADD attempts :one REMOVE gsi1pk, gsi1sk, lastError, heldUntil")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":sent", s("sent"), ":mid", s(messageId), ":one", n(1)))
                .build());
    }

    @Override
    public boolean exists(String key) {
        return table.get(Keys.email(key)).isPresent();
    }

    @Override
    public void markFailed(String key, String reason, Instant retryAt) {
        table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                .key(Keys.email(key))
                .updateExpression("SET lastError = :why, heldUntil = :retry, gsi1sk = :sort ADD attempts :one")
                .expressionAttributeValues(Map.of(":why", s(reason), ":one", n(1), ":retry", s(retryAt.toString()),
                        ":sort", s(retryAt + "#" + key)))
                .build());
    }

    @Override
    public List<Pending> due(Instant now, int limit) {
        var page = table.client().query(QueryRequest.builder().tableName(table.name()).indexName(Table.INDEX)
                .keyConditionExpression("gsi1pk = :p AND gsi1sk < :now")
                .expressionAttributeValues(Map.of(":p", s(Keys.PENDING_EMAILS), ":now", s(now.toString())))
                .limit(limit)
                .build());
        List<Pending> due = new ArrayList<>();
        for (Map<String, AttributeValue> item : page.items()) {
            due.add(new Pending(new Email(Keys.emailKeyOf(Table.text(item, "pk")), Table.text(item, "kind"), item.get("to").ss(),
                    Table.text(item, "subject"), Table.text(item, "html"), Table.text(item, "text"), Table.text(item, "workshopId")),
                    (int) Table.number(item, "attempts", 0)));
        }
        return due;
    }

    @Override
    public boolean hold(String key, int attempts, Instant now, Instant heldUntil) {
        try {
            table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                    .key(Keys.email(key))
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
                .key(Keys.email(email.key()))
                .updateExpression("SET #st = :failed, lastError = :why ADD attempts :one REMOVE gsi1pk, gsi1sk, heldUntil")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":failed", s("failed"), ":why", s(reason), ":one", n(1)))
                .build()).build());
        if (email.workshopId() != null) {
            Map<String, AttributeValue> note = Table.key(Keys.workshop(email.workshopId()), Keys.undelivered(email.key()));
            note.put("kind", s(email.kind()));
            note.put("subject", s(email.subject()));
            note.put("recipients", n(email.to().size()));
            note.put("reason", s(reason));
            note.put("at", s(at.toString()));
            note.put("expiresAt", n(at.getEpochSecond() + 30L * 24 * 3600));
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(note).build()).build());
            writes.add(Keys.versionBump(table, email.workshopId(), null));
        }
        table.transact(writes);
    }

    static UndeliveredEmail undeliveredFrom(Map<String, AttributeValue> item) {
        return new UndeliveredEmail(Table.text(item, "kind"), Table.text(item, "subject"), (int) Table.number(item, "recipients", 1),
                Table.text(item, "reason"), Instant.parse(Table.text(item, "at")));
    }

    @Override
    public Set<Keys.Kind> kinds() { return EnumSet.of(Keys.Kind.EMAIL, Keys.Kind.UNDELIVERED); }

    /** Emails written to them (the email's key names them): they hold their address. */
    @Override
    public List<List<TransactWriteItem>> erase(Erasure erasure) {
        String pk = Keys.workshop(erasure.workshopId());
        List<List<TransactWriteItem>> groups = new ArrayList<>();
        for (Map<String, AttributeValue> item : erasure.items()) {
            String sk = Table.text(item, "sk");
            Keys.Kind kind = Keys.kind(sk);
            if ((kind == Keys.Kind.EMAIL && Keys.emailTo(sk, erasure.participantId()))
                    || (kinds().contains(kind) && erasure.theirs(item))) {
                List<TransactWriteItem> group = new ArrayList<>(List.of(WorkshopPartition.delete(table, pk, sk)));
                if (kind == Keys.Kind.EMAIL) group.add(WorkshopPartition.delete(table, Keys.email(Keys.emailOfNote(sk))));
                groups.add(group);
            }
        }
        return groups;
    }

    /** The emails about the workshop. */
    @Override
    public List<Map<String, AttributeValue>> outside(String workshopId, List<Map<String, AttributeValue>> partition) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Map<String, AttributeValue> item : partition) {
            String sk = Table.text(item, "sk");
            if (Keys.kind(sk) == Keys.Kind.EMAIL) keys.add(Keys.email(Keys.emailOfNote(sk)));
        }
        return keys;
    }
}
