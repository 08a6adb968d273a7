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
        return table.get(Keys.workshop(workshopId), Keys.theme(themeId)).filter(item -> !merged(item)).map(DynamoThemeStore::fromItem);
    }

    /** A theme whose merge has finished stays as a note of where its statements went, and is no theme. */
    public static boolean merged(Map<String, AttributeValue> item) {
        return Table.flag(item, "merged");
    }

    @Override
    public Optional<Theme> survivor(String workshopId, String themeId) {
        String id = themeId;
        for (int hop = 0; hop < 20; hop++) {
            Optional<Map<String, AttributeValue>> item = table.get(Keys.workshop(workshopId), Keys.theme(id));
            if (item.isEmpty()) return Optional.empty();
            String next = Table.text(item.get(), "mergedInto");
            if (next == null) return Optional.of(fromItem(item.get()));
            id = next;
        }
        return Optional.empty();
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
        writes.add(moveWrite(workshopId, statementId, themeId, null));
        if (themeId != null) writes.add(notMerging(workshopId, themeId));
        writes.add(Keys.versionBump(table, workshopId, null));
        List<Integer> failed = table.transact(writes);
        if (failed.isEmpty()) return Outcome.DONE;
        if (themeId != null && failed.contains(1) && table.get(Keys.workshop(workshopId), Keys.theme(themeId)).isPresent()) {
            return Outcome.MERGING;
        }
        return Outcome.NOT_FOUND;
    }

    /** The theme is there and no merge has started on it, so what lands in it stays in it. */
    private TransactWriteItem notMerging(String workshopId, String themeId) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table.name())
                .key(key(workshopId, themeId)).conditionExpression("attribute_exists(pk) AND attribute_not_exists(mergedInto)").build()).build();
    }

    /**
     * First marks {@code from} as merging into {@code into}, so no move can land in it from then
     * on (moves go to the survivor instead); then moves what is in it, a chunk at a time, each
     * move only if the statement is still there; last, notes the merge as finished. Statements
     * moved out meanwhile stay where they were moved to.
     */
    @Override
    public Outcome merge(String workshopId, Theme from, Theme into) {
        String pk = Keys.workshop(workshopId);
        List<TransactWriteItem> mark = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(key(workshopId, from.id()))
                        .updateExpression("SET mergedInto = :into")
                        .conditionExpression("attribute_exists(pk) AND attribute_not_exists(mergedInto) AND dots = :zero")
                        .expressionAttributeValues(Map.of(":into", s(into.id()), ":zero", n(0))).build()).build(),
                notMerging(workshopId, into.id()),
                Keys.versionBump(table, workshopId, null));
        List<Integer> failed = table.transact(mark);
        if (!failed.isEmpty()) {
            Optional<Theme> now = find(workshopId, from.id());
            if (now.isEmpty() || find(workshopId, into.id()).isEmpty()) return Outcome.NOT_FOUND;
            return now.get().dots() > 0 ? Outcome.HAS_VOTES : Outcome.STALE;
        }
        while (true) {
            List<String> inside = table.startingWith(pk, Keys.statement("")).stream()
                    .filter(item -> from.id().equals(Table.text(item, "themeId")))
                    .map(item -> Table.text(item, "sk").substring(2)).toList();
            if (inside.isEmpty()) break;
            // A transaction holds at most 100 writes.
            boolean moved = true;
            for (int start = 0; start < inside.size() && moved; start += 97) {
                List<TransactWriteItem> writes = new ArrayList<>();
                for (String statementId : inside.subList(start, Math.min(inside.size(), start + 97))) {
                    writes.add(moveWrite(workshopId, statementId, into.id(), from.id()));
                }
                writes.add(notMerging(workshopId, into.id()));
                writes.add(Keys.versionBump(table, workshopId, null));
                List<Integer> chunkFailed = table.transact(writes);
                if (chunkFailed.contains(writes.size() - 2)) {
                    unmark(workshopId, from.id());
                    return Outcome.STALE;
                }
                moved = chunkFailed.isEmpty();
            }
        }
        List<TransactWriteItem> finish = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(key(workshopId, from.id()))
                        .updateExpression("SET merged = :yes")
                        .conditionExpression("mergedInto = :into AND dots = :zero")
                        .expressionAttributeValues(Map.of(":yes", Table.bool(true), ":into", s(into.id()), ":zero", n(0))).build()).build(),
                Keys.versionBump(table, workshopId, null));
        if (!table.transact(finish).isEmpty()) {
            // Someone put dots on it while it was emptied: it stays, empty, so the votes are not lost.
            unmark(workshopId, from.id());
            return Outcome.HAS_VOTES;
        }
        return Outcome.DONE;
    }

    private void unmark(String workshopId, String themeId) {
        table.transact(List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(key(workshopId, themeId))
                        .updateExpression("REMOVE mergedInto").conditionExpression("attribute_exists(pk)").build()).build(),
                Keys.versionBump(table, workshopId, null)));
    }

    /** Moves a statement to a theme (null: unsorted); with {@code onlyFrom}, only if it is still in that theme. */
    private TransactWriteItem moveWrite(String workshopId, String statementId, String themeId, String onlyFrom) {
        Map<String, AttributeValue> values = new HashMap<>();
        Update.Builder update = Update.builder().tableName(table.name())
                .key(Table.key(Keys.workshop(workshopId), Keys.statement(statementId)));
        if (onlyFrom == null) {
            update.conditionExpression("attribute_exists(pk)");
        } else {
            update.conditionExpression("themeId = :from");
            values.put(":from", s(onlyFrom));
        }
        if (themeId == null) {
            update.updateExpression("REMOVE themeId");
        } else {
            // A statement moved in goes to the end: later moves carry later times.
            update.updateExpression("SET themeId = :theme, themeOrder = :order");
            values.put(":theme", s(themeId));
            values.put(":order", n(System.currentTimeMillis()));
        }
        if (!values.isEmpty()) update.expressionAttributeValues(values);
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
