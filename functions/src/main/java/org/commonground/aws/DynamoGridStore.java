package org.commonground.aws;

import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.grid.Direction;
import org.commonground.grid.GridState;
import org.commonground.grid.GridStore;
import org.commonground.grid.Nudge;
import org.commonground.grid.Placement;
import org.commonground.grid.Position;
import org.commonground.workshops.Phase;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A placement is {@code GP#idea#participant}, so writing it again replaces it; nudges are
 * {@code GN#idea#id}, one item each, so nudges at the same moment all count; a fixed position
 * is {@code GF#idea}; the facilitator's shortlist is {@code SL}.
 */
public final class DynamoGridStore implements GridStore, WorkshopItems {
    private final Table table;

    public DynamoGridStore(Table table) { this.table = table; }

    @Override
    public Outcome place(Placement p, Phase requiredPhase) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(p.workshopId()), Keys.placement(p.ideaId(), p.participantId()));
        item.put("ideaId", s(p.ideaId()));
        item.put("participantId", s(p.participantId()));
        item.put("effort", n(p.effort()));
        item.put("difference", n(p.difference()));
        item.put("expiresAt", n(p.expiresAt()));
        return write(p.workshopId(), p.ideaId(), put(item), requiredPhase);
    }

    @Override
    public Outcome nudge(Nudge nudge, Phase requiredPhase) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(nudge.workshopId()), Keys.nudge(nudge.ideaId(), nudge.id()));
        item.put("ideaId", s(nudge.ideaId()));
        item.put("direction", s(nudge.direction().wire()));
        if (nudge.participantId() != null) item.put("participantId", s(nudge.participantId()));
        item.put("at", s(nudge.at().toString()));
        item.put("expiresAt", n(nudge.expiresAt()));
        return write(nudge.workshopId(), nudge.ideaId(), put(item), requiredPhase);
    }

    @Override
    public Outcome fix(String workshopId, String ideaId, Position position, long expiresAt) {
        String pk = Keys.workshop(workshopId);
        TransactWriteItem change;
        if (position == null) {
            change = TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(Table.key(pk, Keys.fixed(ideaId))).build()).build();
        } else {
            Map<String, AttributeValue> item = Table.key(pk, Keys.fixed(ideaId));
            item.put("ideaId", s(ideaId));
            item.put("effort", n((long) position.effort()));
            item.put("difference", n((long) position.difference()));
            item.put("expiresAt", n(expiresAt));
            change = put(item);
        }
        return write(workshopId, ideaId, change, null);
    }

    @Override
    public Outcome chooseShortlist(String workshopId, List<String> ideaIds, long expiresAt) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(workshopId), Keys.SHORTLIST);
        item.put("ideaIds", AttributeValue.fromL(ideaIds.stream().map(Table::s).toList()));
        item.put("expiresAt", n(expiresAt));
        List<Integer> failed = table.transact(List.of(put(item), Keys.versionBump(table, workshopId, null)));
        return failed.isEmpty() ? Outcome.DONE : Outcome.NO_WORKSHOP;
    }

    @Override
    public Optional<List<String>> chosenShortlist(String workshopId) {
        return table.get(Keys.workshop(workshopId), Keys.SHORTLIST).map(DynamoGridStore::shortlistFrom);
    }

    /** Adds one item of a workshop's partition to what is being read, if it is a grid item. */
    static void read(Map<String, AttributeValue> item, String workshopId, GridItems into) {
        String sk = Table.text(item, "sk");
        switch (Keys.kind(sk)) {
            case SHORTLIST -> into.shortlist = shortlistFrom(item);
            case PLACEMENT -> into.placements.add(new Placement(workshopId, Keys.part(sk, 1), Keys.part(sk, 2),
                    (int) Table.number(item, "effort", 0), (int) Table.number(item, "difference", 0), Table.number(item, "expiresAt", 0)));
            case NUDGE -> into.nudges.add(new Nudge(Keys.part(sk, 2), workshopId, Keys.part(sk, 1),
                    Direction.fromWire(Table.text(item, "direction")).orElseThrow(),
                    Table.text(item, "participantId"), Instant.parse(Table.text(item, "at")), Table.number(item, "expiresAt", 0)));
            case FIXED -> into.fixed.put(Keys.id(sk), new Position(Table.number(item, "effort", 0), Table.number(item, "difference", 0)));
            default -> { }
        }
    }

    @Override
    public Set<Keys.Kind> kinds() { return EnumSet.of(Keys.Kind.SHORTLIST, Keys.Kind.PLACEMENT, Keys.Kind.NUDGE, Keys.Kind.FIXED); }

    /** Everyone's placements, nudges and fixed positions of their ideas, which are going; and their own placements and nudges. */
    @Override
    public List<List<TransactWriteItem>> erase(Erasure erasure) {
        String pk = Keys.workshop(erasure.workshopId());
        List<List<TransactWriteItem>> groups = new ArrayList<>();
        for (Map<String, AttributeValue> item : erasure.items()) {
            String sk = Table.text(item, "sk");
            Keys.Kind kind = Keys.kind(sk);
            boolean onTheirIdea = (kind == Keys.Kind.PLACEMENT || kind == Keys.Kind.NUDGE || kind == Keys.Kind.FIXED)
                    && erasure.theirIdeas().contains(Keys.id(sk));
            if (onTheirIdea || (kinds().contains(kind) && erasure.theirs(item))) groups.add(List.of(WorkshopPartition.delete(table, pk, sk)));
        }
        return groups;
    }

    /** The grid items of a partition as they are read, one by one. */
    static final class GridItems {
        private List<String> shortlist;
        private final List<Placement> placements = new ArrayList<>();
        private final List<Nudge> nudges = new ArrayList<>();
        private final Map<String, Position> fixed = new java.util.HashMap<>();

        GridState state() { return new GridState(shortlist, placements, nudges, fixed); }
    }

    private static List<String> shortlistFrom(Map<String, AttributeValue> item) {
        AttributeValue ids = item.get("ideaIds");
        return ids == null || !ids.hasL() ? List.of() : ids.l().stream().map(AttributeValue::s).toList();
    }

    private Outcome write(String workshopId, String ideaId, TransactWriteItem change, Phase requiredPhase) {
        String pk = Keys.workshop(workshopId);
        List<Integer> failed = table.transact(List.of(change,
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table.name())
                        .key(Table.key(pk, Keys.idea(ideaId))).conditionExpression("attribute_exists(pk)").build()).build(),
                Keys.versionBump(table, workshopId, requiredPhase)));
        if (failed.isEmpty()) return Outcome.DONE;
        if (failed.contains(1)) return Outcome.IDEA_GONE;
        return Keys.exists(table, workshopId) ? Outcome.WRONG_PHASE : Outcome.NO_WORKSHOP;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item).build()).build();
    }
}
