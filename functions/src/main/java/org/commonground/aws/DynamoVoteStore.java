package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.voting.Vote;
import org.commonground.voting.VoteStore;
import org.commonground.workshops.Phase;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Votes as {@code V#round#participant#target} items, spending as {@code B#round#participant},
 * and totals on the target item ({@code dots}, {@code dotsBy.perspective}).
 */
public final class DynamoVoteStore implements VoteStore {
    private final Table table;

    public DynamoVoteStore(Table table) { this.table = table; }

    public static String voteKey(Vote.Round round, String participantId, String targetId) {
        return "V#" + round.key() + "#" + participantId + "#" + targetId;
    }

    static String budgetKey(Vote.Round round, String participantId) {
        return "B#" + round.key() + "#" + participantId;
    }

    /** The sort key of a vote's target: themes now, ideas on day 2. */
    static String targetKey(Vote.Round round, String targetId) {
        return (round == Vote.Round.THEMES ? "TH#" : "ID#") + targetId;
    }

    /** A vote read back from its item, whose key says round, person and target. */
    public static Vote fromItem(String workshopId, Map<String, AttributeValue> item) {
        String[] parts = Table.text(item, "sk").split("#");
        return new Vote(workshopId, Vote.Round.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)), parts[2],
                Table.text(item, "perspective"), parts[3], (int) Table.number(item, "dots", 0), Table.number(item, "expiresAt", 0));
    }

    @Override
    public int current(String workshopId, Vote.Round round, String participantId, String targetId) {
        return table.get(DynamoWorkshopStore.pk(workshopId), voteKey(round, participantId, targetId))
                .map(item -> (int) Table.number(item, "dots", 0)).orElse(0);
    }

    @Override
    public int spent(String workshopId, Vote.Round round, String participantId) {
        return table.get(DynamoWorkshopStore.pk(workshopId), budgetKey(round, participantId))
                .map(item -> (int) Table.number(item, "spent", 0)).orElse(0);
    }

    @Override
    public Outcome set(Vote vote, int previousDots, int budget, Phase phase) {
        int delta = vote.dots() - previousDots;
        String pk = DynamoWorkshopStore.pk(vote.workshopId());
        Map<String, AttributeValue> voteKey = Table.key(pk, voteKey(vote.round(), vote.participantId(), vote.targetId()));
        TransactWriteItem voteWrite;
        if (previousDots == 0) {
            Map<String, AttributeValue> item = new HashMap<>(voteKey);
            item.put("dots", n(vote.dots()));
            item.put("participantId", s(vote.participantId()));
            item.put("perspective", s(vote.perspective()));
            item.put("targetId", s(vote.targetId()));
            item.put("round", s(vote.round().key()));
            item.put("expiresAt", n(vote.expiresAt()));
            voteWrite = TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                    .conditionExpression("attribute_not_exists(pk)").build()).build();
        } else if (vote.dots() == 0) {
            voteWrite = TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(voteKey)
                    .conditionExpression("dots = :previous").expressionAttributeValues(Map.of(":previous", n(previousDots))).build()).build();
        } else {
            voteWrite = TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(voteKey)
                    .updateExpression("SET dots = :dots").conditionExpression("dots = :previous")
                    .expressionAttributeValues(Map.of(":dots", n(vote.dots()), ":previous", n(previousDots))).build()).build();
        }

        Map<String, AttributeValue> budgetValues = new HashMap<>(Map.of(":zero", n(0), ":delta", n(delta),
                ":participant", s(vote.participantId()), ":expires", n(vote.expiresAt())));
        Update.Builder spend = Update.builder().tableName(table.name())
                .key(Table.key(pk, budgetKey(vote.round(), vote.participantId())))
                .updateExpression("SET spent = if_not_exists(spent, :zero) + :delta, participantId = :participant, expiresAt = :expires");
        if (delta > 0) {
            spend.conditionExpression("attribute_not_exists(spent) OR spent <= :limit");
            budgetValues.put(":limit", n(budget - delta));
        }
        TransactWriteItem budgetWrite = TransactWriteItem.builder().update(spend.expressionAttributeValues(budgetValues).build()).build();

        TransactWriteItem totals = TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                .key(Table.key(pk, targetKey(vote.round(), vote.targetId())))
                .updateExpression("SET dots = dots + :delta, dotsBy.#perspective = if_not_exists(dotsBy.#perspective, :zero) + :delta")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#perspective", vote.perspective()))
                .expressionAttributeValues(Map.of(":delta", n(delta), ":zero", n(0)))
                .build()).build();

        List<Integer> failed = table.transact(List.of(voteWrite, budgetWrite, totals,
                DynamoWorkshopStore.versionBump(table, vote.workshopId(), phase)));
        if (failed.isEmpty()) return Outcome.DONE;
        if (failed.contains(0)) return Outcome.CHANGED_MEANWHILE;
        if (failed.contains(1)) return Outcome.OVER_BUDGET;
        if (failed.contains(2)) return Outcome.TARGET_GONE;
        return Outcome.WRONG_PHASE;
    }
}
