package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.kernel.Json;
import org.commonground.workshops.Phase;
import org.commonground.workshops.PhaseChange;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
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

    /** Deletes the workshop, everything in its partition and what those items lead to, and its join code. */
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
