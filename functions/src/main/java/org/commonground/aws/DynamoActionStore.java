package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ActionStatus;
import org.commonground.actionplans.ActionStore;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.actionplans.Supporter;
import org.commonground.auth.Token;
import org.commonground.workshops.Phase;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Plans as {@code A#id}, supporters as {@code AS#action#participant}, progress as {@code AU#action#id}. */
public final class DynamoActionStore implements ActionStore, WorkshopItems {
    private final Table table;

    public DynamoActionStore(Table table) { this.table = table; }

    @Override
    public Outcome create(ActionPlan plan, String writtenBy, Token leadLink, Phase requiredPhase) {
        String pk = Keys.workshop(plan.workshopId());
        Map<String, AttributeValue> item = item(plan);
        if (writtenBy != null) item.put("writtenBy", s(writtenBy));
        return outcome(plan.workshopId(), table.transact(List.of(
                put(item, "attribute_not_exists(pk)"),
                exists(pk, Keys.idea(plan.ideaId())),
                put(DynamoTokenStore.item(plan.leadTokenHash(), leadLink), null),
                put(linkNote(plan.workshopId(), plan.id(), null, plan.leadTokenHash(), plan.expiresAt()), null),
                Keys.versionBump(table, plan.workshopId(), requiredPhase))), 4);
    }

    @Override
    public Optional<ActionPlan> find(String workshopId, String actionId) {
        return table.get(Keys.workshop(workshopId), Keys.action(actionId)).map(DynamoActionStore::planFrom);
    }

    @Override
    public Outcome replaceLead(ActionPlan plan, ActionPlan.Lead lead, String tokenHash, Token link) {
        String pk = Keys.workshop(plan.workshopId());
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":name", s(lead.name()), ":hash", s(tokenHash), ":old", s(plan.leadTokenHash())));
        String update = "SET leadName = :name, leadTokenHash = :hash";
        if (lead.email() != null) {
            update += ", leadEmail = :email";
            values.put(":email", s(lead.email()));
        } else {
            update += " REMOVE leadEmail";
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(Table.key(pk, Keys.action(plan.id())))
                .updateExpression(update).conditionExpression("leadTokenHash = :old")
                .expressionAttributeValues(values).build()).build());
        writes.add(put(DynamoTokenStore.item(tokenHash, link), null));
        writes.add(put(linkNote(plan.workshopId(), plan.id(), null, tokenHash, plan.expiresAt()), null));
        for (Map<String, AttributeValue> note : table.startingWith(pk, Keys.linksOf(plan.id()))) {
            String sk = Table.text(note, "sk");
            writes.add(delete(pk, sk));
            writes.add(WorkshopPartition.delete(table, Keys.token(Keys.last(sk))));
        }
        writes.add(Keys.versionBump(table, plan.workshopId(), null));
        List<Integer> failed = table.transact(writes);
        return failed.isEmpty() ? Outcome.DONE : Outcome.GONE;
    }

    @Override
    public void saveLink(String workshopId, String owner, String participantId, String tokenHash, Token token) {
        table.transact(List.of(put(DynamoTokenStore.item(tokenHash, token), null),
                put(linkNote(workshopId, owner, participantId, tokenHash, token.expiresAt().getEpochSecond()), null)));
    }

    private static Map<String, AttributeValue> linkNote(String workshopId, String owner, String participantId, String tokenHash, long expiresAt) {
        Map<String, AttributeValue> note = Table.key(Keys.workshop(workshopId), Keys.link(owner, tokenHash));
        if (participantId != null) note.put("participantId", s(participantId));
        note.put("expiresAt", n(expiresAt));
        return note;
    }

    @Override
    public Optional<Instant> lastDigest(String workshopId) {
        return table.get(Keys.workshop(workshopId), Keys.DIGEST).map(item -> Instant.parse(Table.text(item, "at")));
    }

    @Override
    public boolean digestSent(String workshopId, Instant previous, Instant now, long expiresAt) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(workshopId), Keys.DIGEST);
        item.put("at", s(now.toString()));
        item.put("expiresAt", n(expiresAt));
        Put.Builder put = Put.builder().tableName(table.name()).item(item);
        if (previous == null) {
            put.conditionExpression("attribute_not_exists(pk)");
        } else {
            put.conditionExpression("#at = :previous").expressionAttributeNames(Map.of("#at", "at"))
                    .expressionAttributeValues(Map.of(":previous", s(previous.toString())));
        }
        return table.transact(List.of(TransactWriteItem.builder().put(put.build()).build())).isEmpty();
    }

    private TransactWriteItem delete(String pk, String sk) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(Table.key(pk, sk)).build()).build();
    }

    @Override
    public Outcome support(Supporter supporter, Phase requiredPhase) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(supporter.workshopId()),
                Keys.supporter(supporter.actionId(), supporter.participantId()));
        item.put("actionId", s(supporter.actionId()));
        item.put("participantId", s(supporter.participantId()));
        item.put("expiresAt", n(supporter.expiresAt()));
        return outcome(supporter.workshopId(), table.transact(List.of(put(item, null),
                exists(Keys.workshop(supporter.workshopId()), Keys.action(supporter.actionId())),
                Keys.versionBump(table, supporter.workshopId(), requiredPhase))), 2);
    }

    @Override
    public Outcome leave(String workshopId, String actionId, String participantId, Phase requiredPhase) {
        String pk = Keys.workshop(workshopId);
        return outcome(workshopId, table.transact(List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                        .key(Table.key(pk, Keys.supporter(actionId, participantId))).build()).build(),
                exists(pk, Keys.action(actionId)),
                Keys.versionBump(table, workshopId, requiredPhase))), 2);
    }

    @Override
    public Outcome addUpdate(ProgressUpdate u) {
        String pk = Keys.workshop(u.workshopId());
        Map<String, AttributeValue> item = Table.key(pk, Keys.progress(u.actionId(), u.id()));
        item.put("actionId", s(u.actionId()));
        item.put("text", s(u.text()));
        item.put("status", s(u.status().wire()));
        item.put("byFacilitator", Table.bool(u.byFacilitator()));
        item.put("at", s(u.at().toString()));
        item.put("expiresAt", n(u.expiresAt()));
        TransactWriteItem status = TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                .key(Table.key(pk, Keys.action(u.actionId())))
                .updateExpression("SET #status = :status, updatedAt = :at")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":status", s(u.status().wire()), ":at", s(u.at().toString())))
                .build()).build();
        return outcome(u.workshopId(), table.transact(List.of(put(item, "attribute_not_exists(pk)"), status,
                Keys.versionBump(table, u.workshopId(), null))), 2);
    }

    @Override
    public List<ProgressUpdate> updates(String workshopId, String actionId) {
        return table.startingWith(Keys.workshop(workshopId), Keys.progressOf(actionId)).stream()
                .map(DynamoActionStore::updateFrom).toList();
    }

    private static Map<String, AttributeValue> item(ActionPlan p) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(p.workshopId()), Keys.action(p.id()));
        item.put("ideaId", s(p.ideaId()));
        item.put("title", s(p.title()));
        item.put("leadName", s(p.lead().name()));
        if (p.lead().email() != null) item.put("leadEmail", s(p.lead().email()));
        List<AttributeValue> steps = new ArrayList<>();
        for (ActionPlan.Step step : p.steps()) {
            Map<String, AttributeValue> m = new HashMap<>();
            m.put("text", s(step.text()));
            if (step.owner() != null) m.put("owner", s(step.owner()));
            if (step.due() != null) m.put("due", s(step.due()));
            steps.add(AttributeValue.fromM(m));
        }
        item.put("steps", AttributeValue.fromL(steps));
        if (p.involve() != null) item.put("involve", s(p.involve()));
        if (p.measure() != null) item.put("measure", s(p.measure()));
        item.put("status", s(p.status().wire()));
        item.put("leadTokenHash", s(p.leadTokenHash()));
        item.put("createdAt", s(p.createdAt().toString()));
        item.put("expiresAt", n(p.expiresAt()));
        return item;
    }

    static ActionPlan planFrom(Map<String, AttributeValue> item) {
        List<ActionPlan.Step> steps = new ArrayList<>();
        AttributeValue list = item.get("steps");
        if (list != null && list.hasL()) {
            for (AttributeValue v : list.l()) {
                steps.add(new ActionPlan.Step(Table.text(v.m(), "text"), Table.text(v.m(), "owner"), Table.text(v.m(), "due")));
            }
        }
        return new ActionPlan(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")), Table.text(item, "ideaId"),
                Table.text(item, "title"), new ActionPlan.Lead(Table.text(item, "leadName"), Table.text(item, "leadEmail")), steps,
                Table.text(item, "involve"), Table.text(item, "measure"),
                ActionStatus.fromWire(Table.text(item, "status")).orElse(ActionStatus.NOT_STARTED), Table.text(item, "leadTokenHash"),
                Instant.parse(Table.text(item, "createdAt")), Table.number(item, "expiresAt", 0));
    }

    static Supporter supporterFrom(Map<String, AttributeValue> item) {
        return new Supporter(Keys.workshopOf(Table.text(item, "pk")), Table.text(item, "actionId"), Table.text(item, "participantId"),
                Table.number(item, "expiresAt", 0));
    }

    static ProgressUpdate updateFrom(Map<String, AttributeValue> item) {
        String sk = Table.text(item, "sk");
        return new ProgressUpdate(Keys.part(sk, 2), Keys.workshopOf(Table.text(item, "pk")), Keys.part(sk, 1), Table.text(item, "text"),
                ActionStatus.fromWire(Table.text(item, "status")).orElse(ActionStatus.NOT_STARTED), Table.flag(item, "byFacilitator"),
                Instant.parse(Table.text(item, "at")), Table.number(item, "expiresAt", 0));
    }

    @Override
    public Set<Keys.Kind> kinds() {
        return EnumSet.of(Keys.Kind.ACTION, Keys.Kind.SUPPORTER, Keys.Kind.PROGRESS, Keys.Kind.LINK, Keys.Kind.DIGEST);
    }

    /** Their sign-ups to plans, and the links sent to them (with the tokens those links carry). */
    @Override
    public List<List<TransactWriteItem>> erase(Erasure erasure) {
        String pk = Keys.workshop(erasure.workshopId());
        List<List<TransactWriteItem>> groups = new ArrayList<>();
        for (Map<String, AttributeValue> item : erasure.items()) {
            String sk = Table.text(item, "sk");
            if (Keys.kind(sk) == Keys.Kind.ACTION && erasure.participantId().equals(Table.text(item, "writtenBy"))) {
                // A plan they wrote stays with the group, without the lead they named or that lead's links and emails.
                groups.addAll(eraseLead(pk, item, erasure.items()));
                continue;
            }
            if (!kinds().contains(Keys.kind(sk)) || !erasure.theirs(item)) continue;
            groups.add(List.of(delete(pk, sk)));
            if (Keys.kind(sk) == Keys.Kind.LINK) groups.add(List.of(WorkshopPartition.delete(table, Keys.token(Keys.last(sk)))));
        }
        return groups;
    }

    /** The ids of the plans this participant wrote. */
    static List<String> writtenBy(List<Map<String, AttributeValue>> items, String participantId) {
        return items.stream().filter(i -> Keys.kind(Table.text(i, "sk")) == Keys.Kind.ACTION && participantId.equals(Table.text(i, "writtenBy")))
                .map(i -> Keys.id(Table.text(i, "sk"))).toList();
    }

    /** The lead's name and email, the step owners' names, the lead's links (each token once) and the emails about the plan. */
    private List<List<TransactWriteItem>> eraseLead(String pk, Map<String, AttributeValue> plan, List<Map<String, AttributeValue>> items) {
        String planId = Keys.id(Table.text(plan, "sk"));
        List<List<TransactWriteItem>> groups = new ArrayList<>();
        List<AttributeValue> steps = new ArrayList<>();
        if (plan.get("steps") != null && plan.get("steps").hasL()) {
            for (AttributeValue step : plan.get("steps").l()) {
                Map<String, AttributeValue> kept = new HashMap<>(step.m());
                kept.remove("owner");
                steps.add(AttributeValue.fromM(kept));
            }
        }
        groups.add(List.of(TransactWriteItem.builder().update(Update.builder().tableName(table.name()).key(Table.key(pk, Keys.action(planId)))
                .updateExpression("SET steps = :steps REMOVE leadName, leadEmail, writtenBy").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":steps", AttributeValue.fromL(steps))).build()).build()));
        java.util.Set<String> links = new java.util.HashSet<>();
        if (Table.text(plan, "leadTokenHash") != null) links.add(Table.text(plan, "leadTokenHash"));
        for (Map<String, AttributeValue> other : items) {
            String sk = Table.text(other, "sk");
            if (sk.startsWith(Keys.linksOf(planId))) {
                groups.add(List.of(delete(pk, sk)));
                links.add(Keys.last(sk));
            } else if (Keys.emailAboutPlan(sk, planId)) {
                groups.add(List.of(delete(pk, sk), WorkshopPartition.delete(table, Keys.email(Keys.emailOfNote(sk)))));
            }
        }
        links.forEach(hash -> groups.add(List.of(WorkshopPartition.delete(table, Keys.token(hash)))));
        return groups;
    }

    /** The tokens of the links sent by email. */
    @Override
    public List<Map<String, AttributeValue>> outside(String workshopId, List<Map<String, AttributeValue>> partition) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Map<String, AttributeValue> item : partition) {
            String sk = Table.text(item, "sk");
            if (Keys.kind(sk) == Keys.Kind.LINK) keys.add(Keys.token(Keys.last(sk)));
        }
        return keys;
    }

    private Outcome outcome(String workshopId, List<Integer> failed, int bumpIndex) {
        if (failed.isEmpty()) return Outcome.DONE;
        if (failed.equals(List.of(bumpIndex)) && Keys.exists(table, workshopId)) {
            return Outcome.WRONG_PHASE;
        }
        return Outcome.GONE;
    }

    private TransactWriteItem exists(String pk, String sk) {
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table.name())
                .key(Table.key(pk, sk)).conditionExpression("attribute_exists(pk)").build()).build();
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        Put.Builder put = Put.builder().tableName(table.name()).item(item);
        if (condition != null) put.conditionExpression(condition);
        return TransactWriteItem.builder().put(put.build()).build();
    }
}
