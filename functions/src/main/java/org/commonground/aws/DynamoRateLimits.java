package org.commonground.aws;

import static org.commonground.aws.Table.n;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.commonground.auth.RateLimits;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One item per key ({@code RL#key}) holding the attempts of its window; the window's end is
 * also its TTL. Counting is a conditional update, so many requests at once still count right.
 */
public final class DynamoRateLimits implements RateLimits {
    private final Table table;

    public DynamoRateLimits(Table table) { this.table = table; }

    @Override
    public boolean allow(String key, int max, Duration window, Instant now) {
        var itemKey = Keys.rateLimit(key);
        long nowSeconds = now.getEpochSecond();
        if (count(itemKey, nowSeconds, max)) return true;
        // Either the window is full, or there is no current window: start one if so.
        try {
            table.client().updateItem(UpdateItemRequest.builder().tableName(table.name()).key(itemKey)
                    .updateExpression("SET attempts = :one, expiresAt = :end")
                    .conditionExpression("attribute_not_exists(pk) OR expiresAt <= :now")
                    .expressionAttributeValues(Map.of(":one", n(1), ":now", n(nowSeconds), ":end", n(now.plus(window).getEpochSecond())))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException started) {
            // Someone else started the window at the same moment: count in theirs.
            return count(itemKey, nowSeconds, max);
        }
    }

    @Override
    public void forget(String key) {
        table.client().deleteItem(b -> b.tableName(table.name()).key(Keys.rateLimit(key)));
    }

    private boolean count(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> itemKey, long nowSeconds, int max) {
        try {
            table.client().updateItem(UpdateItemRequest.builder().tableName(table.name()).key(itemKey)
                    .updateExpression("ADD attempts :one")
                    .conditionExpression("expiresAt > :now AND attempts < :max")
                    .expressionAttributeValues(Map.of(":one", n(1), ":now", n(nowSeconds), ":max", n(max)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException fullOrNone) {
            return false;
        }
    }
}
