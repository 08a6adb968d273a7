package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.themes.Theme;
import org.commonground.themes.ThemeStore;
import org.commonground.workshops.Prompt;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

public final class DynamoThemeStore implements ThemeStore {
    private final Table table;

    public DynamoThemeStore(Table table) { this.table = table; }

    @Override
    public Outcome create(Theme theme) {
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item(theme))
                        .conditionExpression("attribute_not_exists(pk)").build()).build(),
                Keys.versionBump(table, theme.workshopId(), null));
        return table.transact(writes).isEmpty() ? Outcome.DONE : Outcome.NOT_FOUND;
    }

    @Override
    public Optional<Theme> find(String workshopId, String themeId) {
        return table.get(Keys.workshop(workshopId), Keys.theme(themeId)).map(DynamoThemeStore::fromItem);
    }

    @Override
    public Outcome update(Theme theme, long expectedVersion) {
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(key(theme.workshopId(), theme.id()))
                        .updateExpression("SET title = :title, #position = :position ADD version :one")
                        .conditionExpression("version = :expected")
                        .expressionAttributeNames(Map.of("#position", "position"))
                        .expressionAttributeValues(Map.of(":title", s(theme.title()), ":position", n(theme.position()),
                                ":one", n(1), ":expected", n(expectedVersion)))
                        .build()).build(),
                Keys.versionBump(table, theme.workshopId(), null));
        List<Integer> failed = table.transact(writes);
        if (failed.isEmpty()) return Outcome.DONE;
        return find(theme.workshopId(), theme.id()).isPresent() ? Outcome.STALE : Outcome.NOT_FOUND;
    }

    @Override
    public Outcome move(String workshopId, String statementId, String themeId) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(moveWrite(workshopId, statementId, themeId));
        if (themeId != null) {
            writes.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table.name())
                    .key(key(workshopId, themeId)).conditionExpression("attribute_exists(pk)").build()).build());
        }
        writes.add(Keys.versionBump(table, workshopId, null));
        return table.transact(writes).isEmpty() ? Outcome.DONE : Outcome.NOT_FOUND;
    }

    @Override
    public Outcome merge(String workshopId, Theme from, Theme into, List<String> statementIds) {
        // A transaction holds at most 100 writes: move in chunks, then remove the emptied theme.
        for (int start = 0; start < statementIds.size(); start += 98) {
            List<TransactWriteItem> writes = new ArrayList<>();
            for (String statementId : statementIds.subList(start, Math.min(statementIds.size(), start + 98))) {
                writes.add(moveWrite(workshopId, statementId, into.id()));
            }
            writes.add(Keys.versionBump(table, workshopId, null));
            if (!table.transact(writes).isEmpty()) return Outcome.NOT_FOUND;
        }
        List<TransactWriteItem> remove = List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(key(workshopId, from.id()))
                        .conditionExpression("attribute_exists(pk)").build()).build(),
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table.name())
                        .key(key(workshopId, into.id())).conditionExpression("attribute_exists(pk)").build()).build(),
                Keys.versionBump(table, workshopId, null));
        return table.transact(remove).isEmpty() ? Outcome.DONE : Outcome.NOT_FOUND;
    }

    private TransactWriteItem moveWrite(String workshopId, String statementId, String themeId) {
        Update.Builder update = Update.builder().tableName(table.name())
                .key(Table.key(Keys.workshop(workshopId), Keys.statement(statementId)))
                .conditionExpression("attribute_exists(pk)");
        if (themeId == null) {
            update.updateExpression("REMOVE themeId");
        } else {
            // A statement moved in goes to the end: later moves carry later times.
            update.updateExpression("SET themeId = :theme, themeOrder = :order")
                    .expressionAttributeValues(Map.of(":theme", s(themeId), ":order", n(System.currentTimeMillis())));
        }
        return TransactWriteItem.builder().update(update.build()).build();
    }

    @Override
    public Outcome order(String workshopId, String themeId, List<String> statementIds) {
        List<TransactWriteItem> writes = new ArrayList<>();
        long base = System.currentTimeMillis() - statementIds.size();
        for (int i = 0; i < statementIds.size(); i++) {
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                    .key(Table.key(Keys.workshop(workshopId), Keys.statement(statementIds.get(i))))
                    .updateExpression("SET themeOrder = :order")
                    .conditionExpression("themeId = :theme")
                    .expressionAttributeValues(Map.of(":order", n(base + i), ":theme", s(themeId)))
                    .build()).build());
        }
        writes.add(Keys.versionBump(table, workshopId, null));
        return table.transact(writes).isEmpty() ? Outcome.DONE : Outcome.STALE;
    }

    static Map<String, AttributeValue> key(String workshopId, String themeId) {
        return Table.key(Keys.workshop(workshopId), Keys.theme(themeId));
    }

    private static Map<String, AttributeValue> item(Theme t) {
        Map<String, AttributeValue> item = key(t.workshopId(), t.id());
        item.put("category", s(t.category().wire()));
        item.put("title", s(t.title()));
        item.put("position", n(t.position()));
        item.put("version", n(t.version()));
        item.put("dots", n(t.dots()));
        Map<String, AttributeValue> by = new HashMap<>();
        t.dotsByPerspective().forEach((k, v) -> by.put(k, n(v)));
        item.put("dotsBy", AttributeValue.fromM(by));
        item.put("createdAt", s(t.createdAt().toString()));
        item.put("expiresAt", n(t.expiresAt()));
        return item;
    }

    static Theme fromItem(Map<String, AttributeValue> item) {
        Map<String, Integer> by = new HashMap<>();
        AttributeValue dotsBy = item.get("dotsBy");
        if (dotsBy != null && dotsBy.hasM()) dotsBy.m().forEach((k, v) -> by.put(k, Integer.parseInt(v.n())));
        return new Theme(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")),
                Prompt.fromWire(Table.text(item, "category")).orElseThrow(), Table.text(item, "title"),
                (int) Table.number(item, "position", 0), Table.number(item, "version", 1),
                (int) Table.number(item, "dots", 0), by, Instant.parse(Table.text(item, "createdAt")),
                Table.number(item, "expiresAt", 0));
    }
}
