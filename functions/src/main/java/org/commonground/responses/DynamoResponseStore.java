package org.commonground.responses;

import static org.commonground.table.Table.bool;
import static org.commonground.table.Table.n;
import static org.commonground.table.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.auth.DynamoTokenStore;
import org.commonground.auth.Token;
import org.commonground.table.Table;
import org.commonground.workshops.DynamoWorkshopStore;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

public final class DynamoResponseStore implements ResponseStore {
    private final Table table;

    public DynamoResponseStore(Table table) { this.table = table; }

    @Override
    public Outcome join(Participant p, Token token) {
        List<TransactWriteItem> writes = List.of(
                put(participantItem(p), "attribute_not_exists(pk)", Map.of()),
                put(DynamoTokenStore.item(p.tokenHash(), token), null, Map.of()),
                DynamoWorkshopStore.versionBump(table, p.workshopId(), null));
        return table.transact(writes).isEmpty() ? Outcome.DONE : Outcome.NOT_FOUND;
    }

    @Override
    public Outcome add(Statement statement, Participant newProxy, Phase requiredPhase) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(statementItem(statement), "attribute_not_exists(pk)", Map.of()));
        if (newProxy != null) writes.add(put(participantItem(newProxy), "attribute_not_exists(pk)", Map.of()));
        writes.add(DynamoWorkshopStore.versionBump(table, statement.workshopId(), requiredPhase));
        return outcome(statement.workshopId(), table.transact(writes), writes.size() - 1);
    }

    @Override
    public Outcome replace(Statement statement, String author, Phase requiredPhase) {
        String condition = "attribute_exists(pk)" + (author != null ? " AND participantId = :author" : "");
        Map<String, AttributeValue> values = author != null ? Map.of(":author", s(author)) : Map.of();
        List<TransactWriteItem> writes = List.of(
                put(statementItem(statement), condition, values),
                DynamoWorkshopStore.versionBump(table, statement.workshopId(), requiredPhase));
        return outcome(statement.workshopId(), table.transact(writes), 1);
    }

    @Override
    public Outcome remove(String workshopId, String statementId, String author, Phase requiredPhase) {
        Delete.Builder delete = Delete.builder().tableName(table.name())
                .key(Table.key(DynamoWorkshopStore.pk(workshopId), "S#" + statementId))
                .conditionExpression("attribute_exists(pk)" + (author != null ? " AND participantId = :author" : ""));
        if (author != null) delete.expressionAttributeValues(Map.of(":author", s(author)));
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().delete(delete.build()).build(),
                DynamoWorkshopStore.versionBump(table, workshopId, requiredPhase));
        return outcome(workshopId, table.transact(writes), 1);
    }

    @Override
    public Optional<Statement> statement(String workshopId, String statementId) {
        return table.get(DynamoWorkshopStore.pk(workshopId), "S#" + statementId).map(DynamoResponseStore::statementFrom);
    }

    @Override
    public Optional<Participant> participant(String workshopId, String participantId) {
        return table.get(DynamoWorkshopStore.pk(workshopId), "P#" + participantId).map(DynamoResponseStore::participantFrom);
    }

    @Override
    public Responses all(String workshopId) {
        List<Participant> participants = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.partition(DynamoWorkshopStore.pk(workshopId))) {
            String sk = Table.text(item, "sk");
            if (sk.startsWith("P#")) participants.add(participantFrom(item));
            else if (sk.startsWith("S#")) statements.add(statementFrom(item));
        }
        return new Responses(participants, statements);
    }

    @Override
    public void erase(String workshopId, String participantId) {
        String pk = DynamoWorkshopStore.pk(workshopId);
        List<TransactWriteItem> deletes = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.partition(pk)) {
            String sk = Table.text(item, "sk");
            boolean theirs = sk.equals("P#" + participantId)
                    || (sk.startsWith("S#") && participantId.equals(Table.text(item, "participantId")));
            if (theirs) deletes.add(delete(pk, sk));
            if (sk.equals("P#" + participantId) && Table.text(item, "tokenHash") != null) {
                deletes.add(delete(DynamoTokenStore.pk(Table.text(item, "tokenHash")), "T"));
            }
        }
        // A transaction holds at most 100 writes: delete in chunks, the version bump last.
        for (int start = 0; start < deletes.size(); start += 99) {
            List<TransactWriteItem> chunk = new ArrayList<>(deletes.subList(start, Math.min(deletes.size(), start + 99)));
            if (start + 99 >= deletes.size()) chunk.add(DynamoWorkshopStore.versionBump(table, workshopId, null));
            table.transact(chunk);
        }
    }

    private Outcome outcome(String workshopId, List<Integer> failed, int bumpIndex) {
        if (failed.isEmpty()) return Outcome.DONE;
        if (failed.contains(bumpIndex)) {
            return table.get(DynamoWorkshopStore.pk(workshopId), "META").isPresent() ? Outcome.WRONG_PHASE : Outcome.NOT_FOUND;
        }
        return Outcome.NOT_AUTHOR;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(table.name()).item(item);
        if (condition != null) put.conditionExpression(condition);
        if (!values.isEmpty()) put.expressionAttributeValues(values);
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private TransactWriteItem delete(String pk, String sk) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(Table.key(pk, sk)).build()).build();
    }

    private static Map<String, AttributeValue> participantItem(Participant p) {
        Map<String, AttributeValue> item = Table.key(DynamoWorkshopStore.pk(p.workshopId()), "P#" + p.id());
        if (p.name() != null) item.put("name", s(p.name()));
        item.put("perspective", s(p.perspective()));
        item.put("language", s(p.language()));
        if (p.email() != null) item.put("email", s(p.email()));
        item.put("updatesConsent", bool(p.updatesConsent()));
        if (p.tokenHash() != null) item.put("tokenHash", s(p.tokenHash()));
        item.put("createdAt", s(p.createdAt().toString()));
        item.put("expiresAt", n(p.expiresAt()));
        return item;
    }

    private static Participant participantFrom(Map<String, AttributeValue> item) {
        return new Participant(Table.text(item, "sk").substring(2), Table.text(item, "pk").substring(2),
                Table.text(item, "name"), Table.text(item, "perspective"), Table.text(item, "language"),
                Table.text(item, "email"), Table.flag(item, "updatesConsent"), Table.text(item, "tokenHash"),
                Instant.parse(Table.text(item, "createdAt")), Table.number(item, "expiresAt", 0));
    }

    private static Map<String, AttributeValue> statementItem(Statement st) {
        Map<String, AttributeValue> item = Table.key(DynamoWorkshopStore.pk(st.workshopId()), "S#" + st.id());
        item.put("participantId", s(st.participantId()));
        item.put("prompt", s(st.prompt().wire()));
        item.put("text", s(st.text()));
        item.put("source", s(st.source().wire()));
        if (st.enteredBy() != null) item.put("enteredBy", s(st.enteredBy()));
        item.put("hidden", bool(st.hidden()));
        item.put("createdAt", s(st.createdAt().toString()));
        item.put("updatedAt", s(st.updatedAt().toString()));
        item.put("expiresAt", n(st.expiresAt()));
        return item;
    }

    private static Statement statementFrom(Map<String, AttributeValue> item) {
        return new Statement(Table.text(item, "sk").substring(2), Table.text(item, "pk").substring(2),
                Table.text(item, "participantId"), Prompt.fromWire(Table.text(item, "prompt")).orElseThrow(),
                Table.text(item, "text"), Source.fromWire(Table.text(item, "source")).orElseThrow(),
                Table.text(item, "enteredBy"), Table.flag(item, "hidden"),
                Instant.parse(Table.text(item, "createdAt")), Instant.parse(Table.text(item, "updatedAt")),
                Table.number(item, "expiresAt", 0));
    }

}
