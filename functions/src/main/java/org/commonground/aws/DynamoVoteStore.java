package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
public final class DynamoVoteStore implements VoteStore, WorkshopItems {
    private final Table table;

    public DynamoVoteStore(Table table) { this.table = table; }

    private static String voteKey(Vote.Round round, String participantId, String targetId) {
        return Keys.vote(round.key(), participantId, targetId);
    }

    private static String budgetKey(Vote.Round round, String participantId) {
        return Keys.budget(round.key(), participantId);
    }

    /** The sort key of a vote's target: themes now, ideas on day 2. */
    private static String targetKey(Vote.Round round, String targetId) {
        return round == Vote.Round.THEMES ? Keys.theme(targetId) : Keys.idea(targetId);
    }

    private static Vote.Round round(String key) {
        return Vote.Round.valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }

    /** A vote read back from its item, whose key says round, person and target. */
    static Vote fromItem(String workshopId, Map<String, AttributeValue> item) {
        String sk = Table.text(item, "sk");
        return new Vote(workshopId, round(Keys.part(sk, 1)), Keys.part(sk, 2),
                Table.text(item, "perspective"), Keys.part(sk, 3), (int) Table.number(item, "dots", 0), Table.number(item, "expiresAt", 0));
    }

    /** Adds a budget item's spending to the map of its round, by participant id. */
    static void readBudget(Map<String, AttributeValue> item, Map<String, Integer> themes, Map<String, Integer> ideas) {
        String sk = Table.text(item, "sk");
        (round(Keys.part(sk, 1)) == Vote.Round.THEMES ? themes : ideas).put(Keys.part(sk, 2), (int) Table.number(item, "spent", 0));
    }

    @Override
    public Set<Keys.Kind> kinds() { return EnumSet.of(Keys.Kind.VOTE, Keys.Kind.BUDGET); }

    /**
     * Their votes are withdrawn from the totals they counted in (or just go, when on their own
     * ideas, which go too); others' dots on their ideas go back to those people's budgets;
     * their budgets go.
     */
    @Override
    public List<List<TransactWriteItem>> erase(Erasure erasure) {
        String pk = Keys.workshop(erasure.workshopId());
        List<List<TransactWriteItem>> groups = new ArrayList<>();
        for (Map<String, AttributeValue> item : erasure.items()) {
            String sk = Table.text(item, "sk");
            Keys.Kind kind = Keys.kind(sk);
            if (kind == Keys.Kind.VOTE && round(Keys.part(sk, 1)) == Vote.Round.IDEAS
                    && erasure.theirIdeas().contains(Table.text(item, "targetId")) && !erasure.theirs(item)) {
                groups.add(refundVote(pk, item));
            } else if (kind == Keys.Kind.VOTE && erasure.theirs(item) && !erasure.theirIdeas().contains(Table.text(item, "targetId"))) {
                groups.add(withdrawVote(pk, item));
            } else if ((kind == Keys.Kind.VOTE || kind == Keys.Kind.BUDGET) && erasure.theirs(item)) {
                groups.add(List.of(WorkshopPartition.delete(table, pk, sk)));
            }
        }
        return groups;
    }

    /** Someone else's dots on an idea that is being erased: the vote goes and the dots return to their budget. */
    private List<TransactWriteItem> refundVote(String pk, Map<String, AttributeValue> vote) {
        long dots = Table.number(vote, "dots", 0);
        return List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(Table.key(pk, Table.text(vote, "sk")))
                        .conditionExpression("dots = :dots").expressionAttributeValues(Map.of(":dots", n(dots))).build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(Table.key(pk, budgetKey(Vote.Round.IDEAS, Table.text(vote, "participantId"))))
                        .updateExpression("SET spent = spent - :dots")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":dots", n(dots))).build()).build());
    }

    private List<TransactWriteItem> withdrawVote(String pk, Map<String, AttributeValue> vote) {
        long dots = Table.number(vote, "dots", 0);
        String target = targetKey(round(Keys.part(Table.text(vote, "sk"), 1)), Table.text(vote, "targetId"));
        return List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(Table.key(pk, Table.text(vote, "sk")))
                        .conditionExpression("dots = :dots").expressionAttributeValues(Map.of(":dots", n(dots))).build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(Table.key(pk, target))
                        .updateExpression("SET dots = dots - :dots, dotsBy.#perspective = dotsBy.#perspective - :dots")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeNames(Map.of("#perspective", Table.text(vote, "perspective")))
                        .expressionAttributeValues(Map.of(":dots", n(dots))).build()).build());
    }

    @Override
    public int current(String workshopId, Vote.Round round, String participantId, String targetId) {
        return table.get(Keys.workshop(workshopId), voteKey(round, participantId, targetId))
                .map(item -> (int) Table.number(item, "dots", 0)).orElse(0);
    }

    @Override
    public int spent(String workshopId, Vote.Round round, String participantId) {
        return table.get(Keys.workshop(workshopId), budgetKey(round, participantId))
                .map(item -> (int) Table.number(item, "spent", 0)).orElse(0);
    }

    @Override
    public Outcome set(Vote vote, int previousDots, int budget, Phase phase) {
        int delta = vote.dots() - previousDots;
        String pk = Keys.workshop(vote.workshopId());
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
                Keys.versionBump(table, vote.workshopId(), phase)));
        if (failed.isEmpty()) return Outcome.DONE;
        if (failed.contains(0)) return Outcome.CHANGED_MEANWHILE;
        if (failed.contains(1)) return Outcome.OVER_BUDGET;
        if (failed.contains(2)) return Outcome.TARGET_GONE;
        return Outcome.WRONG_PHASE;
    }
}
