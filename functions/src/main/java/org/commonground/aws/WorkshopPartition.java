package org.commonground.aws;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A workshop's partition across the stores that keep items in it: erasing one person and
 * deleting the whole workshop, each store answering for its own items.
 */
final class WorkshopPartition {
    private final Table table;
    private final List<WorkshopItems> stores;

    WorkshopPartition(Table table) {
        this.table = table;
        this.stores = List.of(new DynamoResponseStore(table), new DynamoVoteStore(table), new DynamoGridStore(table),
                new DynamoActionStore(table), new DynamoOutboxStore(table), new DynamoAddressBook(table));
    }

    /**
     * Erases one participant: each store's groups of writes, at most 100 writes to a
     * transaction, the version bump with the last. An item of theirs that no store claims (a
     * kind this code does not know) is deleted as it is.
     */
    void erase(String workshopId, String participantId) {
        String pk = Keys.workshop(workshopId);
        List<Map<String, AttributeValue>> items = table.partition(pk);
        var erasure = new WorkshopItems.Erasure(workshopId, participantId, items, DynamoResponseStore.ideasOf(items, participantId));
        List<List<TransactWriteItem>> groups = new ArrayList<>();
        Set<Keys.Kind> claimed = new HashSet<>();
        for (WorkshopItems store : stores) {
            groups.addAll(store.erase(erasure));
            claimed.addAll(store.kinds());
        }
        for (Map<String, AttributeValue> item : items) {
            if (!claimed.contains(Keys.kind(Table.text(item, "sk"))) && erasure.theirs(item)) {
                groups.add(List.of(delete(table, pk, Table.text(item, "sk"))));
            }
        }
        List<TransactWriteItem> chunk = new ArrayList<>();
        for (List<TransactWriteItem> group : groups) {
            if (chunk.size() + group.size() > 99) {
                table.transact(chunk);
                chunk = new ArrayList<>();
            }
            chunk.addAll(group);
        }
        chunk.add(Keys.versionBump(table, workshopId, null));
        table.transact(chunk);
    }

    /**
     * Deletes every item of the workshop's partition and what its items lead to elsewhere,
     * each item named once, and the workshop's own item last (so a failure part way can be
     * tried again). {@code alsoDelete} are keys the workshop itself leads to (its join code).
     */
    void delete(String workshopId, List<Map<String, AttributeValue>> alsoDelete) {
        String pk = Keys.workshop(workshopId);
        List<Map<String, AttributeValue>> partition = table.partition(pk);
        Map<String, Map<String, AttributeValue>> keys = new LinkedHashMap<>();
        for (Map<String, AttributeValue> item : partition) {
            String sk = Table.text(item, "sk");
            if (Keys.kind(sk) != Keys.Kind.WORKSHOP) add(keys, Table.key(pk, sk));
        }
        for (WorkshopItems store : stores) store.outside(workshopId, partition).forEach(key -> add(keys, key));
        alsoDelete.forEach(key -> add(keys, key));
        table.deleteAll(new ArrayList<>(keys.values()));
        table.deleteAll(List.of(Table.key(pk, Keys.META)));
    }

    private static void add(Map<String, Map<String, AttributeValue>> keys, Map<String, AttributeValue> key) {
        keys.putIfAbsent(Table.text(key, "pk") + "\n" + Table.text(key, "sk"), key);
    }

    /** An unconditional delete in a transaction. */
    static TransactWriteItem delete(Table table, String pk, String sk) {
        return delete(table, Table.key(pk, sk));
    }

    /** An unconditional delete of the item with this key, in a transaction. */
    static TransactWriteItem delete(Table table, Map<String, AttributeValue> key) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(key).build()).build();
    }
}
