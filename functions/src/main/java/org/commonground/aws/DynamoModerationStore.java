package org.commonground.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.moderation.Contribution;
import org.commonground.moderation.ModerationStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Contributions keep their own sort keys ({@code S#}, {@code C#}, {@code SU#}, {@code IP#},
 * {@code ID#}, {@code A#}, {@code AU#action#id}) and carry {@code hidden} and {@code held} flags.
 */
public final class DynamoModerationStore implements ModerationStore {
    private static final List<Map.Entry<java.util.function.UnaryOperator<String>, Contribution.Kind>> KEYS = List.of(
            Map.entry(Keys::statement, Contribution.Kind.STATEMENT), Map.entry(Keys::idea, Contribution.Kind.IDEA),
            Map.entry(Keys::cause, Contribution.Kind.CAUSE), Map.entry(Keys::success, Contribution.Kind.SUCCESS),
            Map.entry(Keys::inPlace, Contribution.Kind.IN_PLACE), Map.entry(Keys::action, Contribution.Kind.ACTION_PLAN));

    private final Table table;

    public DynamoModerationStore(Table table) { this.table = table; }

    @Override
    public Optional<Contribution> find(String workshopId, String itemId) {
        String pk = Keys.workshop(workshopId);
        for (var kind : KEYS) {
            Optional<Map<String, AttributeValue>> item = table.get(pk, kind.getKey().apply(itemId));
            if (item.isPresent()) return Optional.of(contribution(kind.getValue(), item.get()));
        }
        // A progress update's key names its plan first.
        return table.startingWith(pk, Keys.allProgress()).stream()
                .filter(item -> Keys.last(Table.text(item, "sk")).equals(itemId))
                .findFirst()
                .map(item -> contribution(Contribution.Kind.PROGRESS_UPDATE, item));
    }

    private static Contribution contribution(Contribution.Kind kind, Map<String, AttributeValue> item) {
        return new Contribution(kind, Table.text(item, "sk"), Table.flag(item, "hidden"), Table.flag(item, "held"));
    }

    @Override
    public boolean setHidden(String workshopId, Contribution contribution, boolean hidden) {
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(Table.key(Keys.workshop(workshopId), contribution.sortKey()))
                        .updateExpression("SET #hidden = :hidden REMOVE #held")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeNames(Map.of("#hidden", "hidden", "#held", "held"))
                        .expressionAttributeValues(Map.of(":hidden", Table.bool(hidden))).build()).build(),
                Keys.versionBump(table, workshopId, null));
        return table.transact(writes).isEmpty();
    }
}
