package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.kernel.Json;
import org.commonground.workshops.Phase;
import org.commonground.workshops.PhaseChange;
import org.commonground.workshops.StageTimer;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

public final class DynamoWorkshopStore implements WorkshopStore {
    private final Table table;

    public DynamoWorkshopStore(Table table) { this.table = table; }

    @Override
    public boolean create(Workshop w) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(w.id()), Keys.META);
        item.put("code", s(w.code()));
        item.put("phase", s(w.phase().wire()));
        item.put("version", n(w.version()));
        item.put("doc", s(Json.write(w)));
        item.put("gsi1pk", s(Keys.WORKSHOPS));
        item.put("gsi1sk", s(w.createdAt() + "#" + w.id()));
        item.put("expiresAt", n(w.expiresAt()));
        Map<String, AttributeValue> code = Keys.code(w.code());
        code.put("workshopId", s(w.id()));
        code.put("expiresAt", n(w.expiresAt()));
        List<Integer> failed = table.transact(List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                        .conditionExpression("attribute_not_exists(pk)").build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(code)
                        .conditionExpression("attribute_not_exists(pk)").build()).build()));
        return failed.isEmpty();
    }

    @Override
    public Optional<Workshop> find(String id) {
        return table.get(Keys.workshop(id), Keys.META).map(DynamoWorkshopStore::fromItem);
    }

    @Override
    public Optional<String> idForCode(String code) {
        return table.get(Keys.code(code)).map(item -> Table.text(item, "workshopId"));
    }

    @Override
    public List<Workshop> all() {
        List<Workshop> workshops = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = table.client().query(QueryRequest.builder().tableName(table.name())
                    .indexName(Table.INDEX)
                    .keyConditionExpression("gsi1pk = :w")
                    .expressionAttributeValues(Map.of(":w", s(Keys.WORKSHOPS)))
                    .scanIndexForward(false)
                    .exclusiveStartKey(start)
                    .build());
            page.items().forEach(item -> workshops.add(fromItem(item)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return workshops;
    }

    @Override
    public Optional<PhaseChange> movePhase(String id, Phase phase) {
        try {
            var result = table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                    .key(Table.key(Keys.workshop(id), Keys.META))
                    .updateExpression("SET phase = :phase ADD version :one")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":phase", s(phase.wire()), ":one", n(1)))
                    .returnValues(ReturnValue.ALL_OLD)
                    .build());
            Workshop before = fromItem(result.attributes());
            return Optional.of(new PhaseChange(before.phase(), before.withPhase(phase, before.version() + 1)));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean change(Workshop changed, long expectedVersion) {
        List<Integer> failed = table.transact(List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(Table.key(Keys.workshop(changed.id()), Keys.META))
                        .updateExpression("SET doc = :doc, expiresAt = :expires ADD version :one")
                        .conditionExpression("version = :expected")
                        .expressionAttributeValues(Map.of(":doc", s(Json.write(changed)), ":expires", n(changed.expiresAt()),
                                ":one", n(1), ":expected", n(expectedVersion)))
                        .build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(Keys.code(changed.code()))
                        .updateExpression("SET expiresAt = :expires")
                        .expressionAttributeValues(Map.of(":expires", n(changed.expiresAt())))
                        .build()).build()));
        return failed.isEmpty();
    }

    /** Deletes the workshop, everything in its partition and what those items lead to, and its join code. */
    @Override
    public Optional<Long> setTimer(String id, java.time.Instant endsAt) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", n(1)));
        String update = "REMOVE timerEndsAt, timerPhase ADD version :one";
        if (endsAt != null) {
            // The timer belongs to the stage the workshop is in when it is set, read in the same write.
            update = "SET timerEndsAt = :ends, timerPhase = phase ADD version :one";
            values.put(":ends", s(endsAt.toString()));
        }
        try {
            var result = table.client().updateItem(UpdateItemRequest.builder().tableName(table.name())
                    .key(Table.key(Keys.workshop(id), Keys.META))
                    .updateExpression(update)
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.UPDATED_NEW)
                    .build());
            return Optional.of(Long.parseLong(result.attributes().get("version").n()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** The countdown kept on the workshop's item, or null when none is set. */
    public static StageTimer timerFrom(Map<String, AttributeValue> item) {
        if (!item.containsKey("timerEndsAt") || !item.containsKey("timerPhase")) return null;
        return new StageTimer(Phase.fromWire(Table.text(item, "timerPhase")).orElseThrow(),
                java.time.Instant.parse(Table.text(item, "timerEndsAt")));
    }

    @Override
    public void delete(Workshop workshop) {
        new WorkshopPartition(table).delete(workshop.id(), List.of(Keys.code(workshop.code())));
    }

    @Override
    public Optional<Long> version(String id) {
        return table.get(Keys.workshop(id), Keys.META).map(item -> Table.number(item, "version", 0));
    }

    static Workshop fromItem(Map<String, AttributeValue> item) {
        try {
            Workshop saved = Json.MAPPER.readValue(Table.text(item, "doc"), Workshop.class);
            return saved.withPhase(Phase.fromWire(Table.text(item, "phase")).orElseThrow(),
                    Table.number(item, "version", 0));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored workshop could not be read", e);
        }
    }

}
