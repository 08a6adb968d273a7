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
    private static final String META = "META";
    private final Table table;

    public DynamoWorkshopStore(Table table) { this.table = table; }

    public static String pk(String workshopId) { return "W#" + workshopId; }

    /**
     * The write that goes with every change to a workshop: bumps its version so pollers see
     * the change, and (when a phase is given) holds the change to that phase without a read.
     */
    public static TransactWriteItem versionBump(Table table, String workshopId, Phase requiredPhase) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":one", n(1));
        String condition = "attribute_exists(pk)";
        if (requiredPhase != null) {
            condition += " AND phase = :phase";
            values.put(":phase", s(requiredPhase.wire()));
        }
        return TransactWriteItem.builder().update(Update.builder()
                .tableName(table.name())
                .key(Table.key(pk(workshopId), META))
                .updateExpression("ADD version :one")
                .conditionExpression(condition)
                .expressionAttributeValues(values)
                .build()).build();
    }

    @Override
    public boolean create(Workshop w) {
        Map<String, AttributeValue> item = Table.key(pk(w.id()), META);
        item.put("code", s(w.code()));
        item.put("phase", s(w.phase().wire()));
        item.put("version", n(w.version()));
        item.put("doc", s(Json.write(w)));
        item.put("gsi1pk", s("WORKSHOPS"));
        item.put("gsi1sk", s(w.createdAt() + "#" + w.id()));
        item.put("expiresAt", n(w.expiresAt()));
        Map<String, AttributeValue> code = Table.key("CODE#" + w.code(), "CODE");
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
        return table.get(pk(id), META).map(DynamoWorkshopStore::fromItem);
    }

    @Override
    public Optional<String> idForCode(String code) {
        return table.get("CODE#" + code, "CODE").map(item -> Table.text(item, "workshopId"));
    }

    @Override
    public List<Workshop> all() {
        List<Workshop> workshops = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = table.client().query(QueryRequest.builder().tableName(table.name())
                    .indexName(Table.INDEX)
                    .keyConditionExpression("gsi1pk = :w")
                    .expressionAttributeValues(Map.of(":w", s("WORKSHOPS")))
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
                    .key(Table.key(pk(id), META))
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
    public void delete(Workshop workshop) {
        String pk = pk(workshop.id());
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.partition(pk)) {
            String sk = Table.text(item, "sk");
            if (sk.equals(META)) continue;
            keys.add(Table.key(pk, sk));
            // A participant's own token; links sent by email are noted in TK# items.
            if (Table.text(item, "tokenHash") != null) keys.add(Table.key("T#" + Table.text(item, "tokenHash"), "T"));
            if (sk.startsWith("EK#")) keys.add(Table.key("E#" + sk.substring(3), "E"));
            if (sk.startsWith("TK#")) keys.add(Table.key("T#" + sk.substring(sk.lastIndexOf('#') + 1), "T"));
        }
        for (Map<String, AttributeValue> vector : table.partition("EMB#" + workshop.id())) {
            keys.add(Table.key(Table.text(vector, "pk"), Table.text(vector, "sk")));
        }
        keys.add(Table.key("CODE#" + workshop.code(), "CODE"));
        table.deleteAll(keys);
        table.deleteAll(List.of(Table.key(pk, META)));
    }

    @Override
    public Optional<Long> version(String id) {
        return table.get(pk(id), META).map(item -> Table.number(item, "version", 0));
    }

    public static Workshop fromItem(Map<String, AttributeValue> item) {
        try {
            Workshop saved = Json.MAPPER.readValue(Table.text(item, "doc"), Workshop.class);
            return saved.withPhase(Phase.fromWire(Table.text(item, "phase")).orElseThrow(),
                    Table.number(item, "version", 0));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored workshop could not be read", e);
        }
    }

}
