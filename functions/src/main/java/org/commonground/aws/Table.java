package org.commonground.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The deployment's one DynamoDB table. Every item has a partition key {@code pk} and a sort
 * key {@code sk}; {@code gsi1pk}/{@code gsi1sk} feed the one secondary index where a list
 * across workshops is needed; {@code expiresAt} (epoch seconds) is the TTL attribute. What
 * the keys hold is laid out in {@link Keys}, the only class that spells them.
 */
public record Table(DynamoDbClient client, String name) {
    public static final String INDEX = "gsi1";

    public static AttributeValue s(String value) { return AttributeValue.fromS(value); }
    public static AttributeValue n(long value) { return AttributeValue.fromN(Long.toString(value)); }
    public static AttributeValue bool(boolean value) { return AttributeValue.fromBool(value); }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put("pk", s(pk));
        key.put("sk", s(sk));
        return key;
    }

    public static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    public static long number(Map<String, AttributeValue> item, String name, long fallback) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? fallback : Long.parseLong(v.n());
    }

    public static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    public Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        return get(key(pk, sk));
    }

    /** The item with this key ({@code pk} and {@code sk}), read consistently. */
    public Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        var item = client.getItem(GetItemRequest.builder().tableName(name).key(key).consistentRead(true).build());
        return item.hasItem() ? Optional.of(item.item()) : Optional.empty();
    }

    /** Every item of one partition, page by page. */
    public List<Map<String, AttributeValue>> partition(String pk) {
        return query(pk, null, true);
    }

    /**
     * Every item of one partition as an eventually consistent read: half the read units, and
     * possibly a moment behind the latest write.
     */
    public List<Map<String, AttributeValue>> partitionSoon(String pk) {
        return query(pk, null, false);
    }

    /** The items of one partition whose sort key starts with {@code prefix}. */
    public List<Map<String, AttributeValue>> startingWith(String pk, String prefix) {
        return query(pk, prefix, true);
    }

    private List<Map<String, AttributeValue>> query(String pk, String prefix, boolean consistent) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(pk)));
        if (prefix != null) values.put(":prefix", s(prefix));
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = client.query(QueryRequest.builder().tableName(name)
                    .keyConditionExpression(prefix == null ? "pk = :pk" : "pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(values)
                    .consistentRead(consistent)
                    .exclusiveStartKey(start)
                    .build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** Deletes these items (each named once), 25 to a request, again for any the service did not get to. */
    public void deleteAll(List<Map<String, AttributeValue>> keys) {
        for (int start = 0; start < keys.size(); start += 25) {
            List<WriteRequest> batch = new ArrayList<>();
            for (Map<String, AttributeValue> key : keys.subList(start, Math.min(keys.size(), start + 25))) {
                batch.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
            }
            Map<String, List<WriteRequest>> left = Map.of(name, batch);
            for (int attempt = 1; !left.isEmpty(); attempt++) {
                if (attempt > CONFLICT_ATTEMPTS) throw new IllegalStateException("Some items could not be deleted; try again");
                if (attempt > 1) pause(attempt);
                var result = client.batchWriteItem(BatchWriteItemRequest.builder().requestItems(left).build());
                left = result.hasUnprocessedItems() ? result.unprocessedItems() : Map.of();
            }
        }
    }

    /**
     * Makes each kind of call the functions make, so SnapStart's snapshot holds the SDK's path
     * for each (signing, HTTP, marshalling, and reading both an answer and a refusal). First a
     * put, an update, a delete and a transaction, each on condition that an item exists that
     * never does, so each is refused; then the same calls succeed on one item of priming's own
     * ({@code owner} names it, so functions primed at the same moment do not meet), outside every
     * workshop and past the stream's filter, which the last call deletes. So priming leaves
     * nothing in the table (PrimingTest scans it to check); the item carries a one-hour expiry
     * in case priming stops half-way.
     */
    public void primeLeavingNothing(String owner) {
        String mustExist = "attribute_exists(pk)";
        Map<String, AttributeValue> never = key(Keys.PRIMING, Keys.PRIMING);
        Map<String, AttributeValue> neverOther = key(Keys.PRIMING, Keys.PRIMING_OTHER);
        refused(() -> client.putItem(b -> b.tableName(name).item(never).conditionExpression(mustExist)));
        refused(() -> client.updateItem(b -> b.tableName(name).key(never).conditionExpression(mustExist)
                .updateExpression("SET primed = :yes").expressionAttributeValues(Map.of(":yes", bool(true)))));
        refused(() -> client.deleteItem(b -> b.tableName(name).key(never).conditionExpression(mustExist)));
        transact(List.of(
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(name).key(never).conditionExpression(mustExist)).build(),
                TransactWriteItem.builder().put(p -> p.tableName(name).item(neverOther).conditionExpression(mustExist)).build()));

        Map<String, AttributeValue> own = key(Keys.PRIMING, Keys.primingItem(owner));
        Map<String, AttributeValue> item = new HashMap<>(own);
        item.put("expiresAt", n(java.time.Instant.now().plusSeconds(3600).getEpochSecond()));
        item.put("primed", n(0));
        client.putItem(b -> b.tableName(name).item(item));
        client.updateItem(b -> b.tableName(name).key(own).conditionExpression(mustExist)
                .updateExpression("ADD primed :one").expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.UPDATED_NEW));
        transact(List.of(TransactWriteItem.builder().update(u -> u.tableName(name).key(own).conditionExpression(mustExist)
                .updateExpression("ADD primed :one").expressionAttributeValues(Map.of(":one", n(1)))).build()));
        get(own);
        startingWith(Keys.PRIMING, Keys.primingItem(owner));
        client.deleteItem(b -> b.tableName(name).key(own)
                .returnValues(ReturnValue.ALL_OLD));
    }

    private static void refused(Runnable write) {
        try {
            write.run();
        } catch (ConditionalCheckFailedException expected) {
            // The answer priming wants here: the call went the whole way and was turned down.
        }
    }

    /** How often a transaction that met another one on the same item is tried again. */
    static final int CONFLICT_ATTEMPTS = 8;

    /**
     * Writes all or nothing. When a condition fails, answers which of the items failed
     * (by position) so the caller can say why; otherwise an empty list. Every change bumps
     * its workshop's version, so a busy room makes transactions meet on that item: DynamoDB
     * cancels one of them, and it is tried again after a short random wait.
     */
    public List<Integer> transact(List<TransactWriteItem> writes) {
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(writes).build();
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(request);
                return List.of();
            } catch (TransactionCanceledException e) {
                List<Integer> failed = new ArrayList<>();
                boolean conflict = false;
                List<CancellationReason> reasons = e.cancellationReasons();
                for (int i = 0; i < reasons.size(); i++) {
                    if ("ConditionalCheckFailed".equals(reasons.get(i).code())) failed.add(i);
                    if ("TransactionConflict".equals(reasons.get(i).code())) conflict = true;
                }
                if (!failed.isEmpty()) return failed;
                if (!conflict || attempt == CONFLICT_ATTEMPTS) throw e;
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        long most = Math.min(400, 10L << attempt);
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(most / 2, most + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a write", e);
        }
    }
}
