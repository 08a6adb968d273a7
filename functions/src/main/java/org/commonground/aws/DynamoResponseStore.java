package org.commonground.aws;

import static org.commonground.aws.Table.bool;
import static org.commonground.aws.Table.n;
import static org.commonground.aws.Table.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.auth.Token;
import org.commonground.statements.ImportRecord;
import org.commonground.statements.Participant;
import org.commonground.statements.ResponseStore;
import org.commonground.statements.Source;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.ContributionStore;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.Lens;
import org.commonground.themes.SuccessStatement;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

public final class DynamoResponseStore implements ResponseStore, ContributionStore, WorkshopItems {
    private final Table table;

    public DynamoResponseStore(Table table) { this.table = table; }

    @Override
    public Outcome join(Participant p, Token token) {
        List<TransactWriteItem> writes = List.of(
                put(participantItem(p), "attribute_not_exists(pk)", Map.of()),
                put(DynamoTokenStore.item(p.tokenHash(), token), null, Map.of()),
                Keys.versionBump(table, p.workshopId(), null));
        return table.transact(writes).isEmpty() ? Outcome.DONE : Outcome.NOT_FOUND;
    }

    @Override
    public Outcome add(Statement statement, Phase requiredPhase) {
        List<TransactWriteItem> writes = List.of(put(statementItem(statement), "attribute_not_exists(pk)", Map.of()),
                Keys.versionBump(table, statement.workshopId(), requiredPhase));
        return outcome(statement.workshopId(), table.transact(writes), 1);
    }

    /**
     * Up to 99 new statements to a transaction, four transactions at a time, each statement only
     * if it is not there yet; the record and the version bump go in the last one, so the room sees
     * the import at once. A chunk that met the same statement written at the same moment (the same
     * file imported twice at once) is written again without the ones now there.
     */
    @Override
    public int addImported(ImportRecord record, List<Statement> statements) {
        String pk = Keys.workshop(record.workshopId());
        if (table.get(pk, Keys.META).isEmpty()) return -1;
        List<java.util.concurrent.Callable<Integer>> chunks = new ArrayList<>();
        for (int start = 0; start < statements.size(); start += 99) {
            List<Statement> chunk = new ArrayList<>(statements.subList(start, Math.min(statements.size(), start + 99)));
            chunks.add(() -> writeNew(pk, chunk));
        }
        int created = 0;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(4, Math.max(1, chunks.size())))) {
            for (var done : pool.invokeAll(chunks)) created += done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        Map<String, AttributeValue> item = Table.key(pk, Keys.importRecord(record.id()));
        item.put("fileName", s(record.fileName()));
        item.put("source", s(record.source().wire()));
        item.put("people", n(record.people()));
        item.put("statements", n(created));
        item.put("importedBy", s(record.importedBy()));
        item.put("importedAt", s(record.importedAt().toString()));
        item.put("expiresAt", n(record.expiresAt()));
        List<TransactWriteItem> last = List.of(put(item, null, Map.of()), Keys.versionBump(table, record.workshopId(), null));
        return table.transact(last).isEmpty() ? created : -1;
    }

    private int writeNew(String pk, List<Statement> chunk) {
        for (int attempt = 0; !chunk.isEmpty(); attempt++) {
            List<TransactWriteItem> writes = new ArrayList<>();
            for (Statement st : chunk) writes.add(put(statementItem(st), "attribute_not_exists(pk)", Map.of()));
            if (table.transact(writes).isEmpty()) return chunk.size();
            if (attempt > 2) throw new IllegalStateException("An import kept meeting another import of the same file");
            chunk.removeIf(st -> table.get(pk, Keys.statement(st.id())).isPresent());
        }
        return 0;
    }

    @Override
    public int removeImport(String workshopId, String importId) {
        String pk = Keys.workshop(workshopId);
        if (table.get(pk, Keys.importRecord(importId)).isEmpty()) return -1;
        List<TransactWriteItem> writes = new ArrayList<>();
        int removed = 0;
        for (Map<String, AttributeValue> item : table.startingWith(pk, Keys.STATEMENTS)) {
            if (!importId.equals(Table.text(item, "importId"))) continue;
            String statementId = Keys.id(Table.text(item, "sk"));
            writes.add(delete(pk, Keys.statement(statementId)));
            writes.add(delete(Keys.vectors(workshopId), statementId));
            removed++;
            if (writes.size() >= 98) {
                table.transact(writes);
                writes = new ArrayList<>();
            }
        }
        writes.add(delete(pk, Keys.importRecord(importId)));
        writes.add(Keys.versionBump(table, workshopId, null));
        table.transact(writes);
        return removed;
    }

    static ImportRecord importFrom(Map<String, AttributeValue> item) {
        return new ImportRecord(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")),
                Table.text(item, "fileName"), Source.fromWire(Table.text(item, "source")).orElseThrow(),
                (int) Table.number(item, "people", 0), (int) Table.number(item, "statements", 0),
                Table.text(item, "importedBy"), Instant.parse(Table.text(item, "importedAt")), Table.number(item, "expiresAt", 0));
    }

    /** Changes only the words and the hidden flag, so a move made at the same moment is kept. */
    @Override
    public Outcome replace(Statement statement, String author, Phase requiredPhase) {
        Map<String, AttributeValue> values = new java.util.HashMap<>(Map.of(
                ":text", s(statement.text()), ":hidden", bool(statement.hidden()), ":at", s(statement.updatedAt().toString())));
        String condition = "attribute_exists(pk)";
        if (author != null) {
            condition += " AND participantId = :author";
            values.put(":author", s(author));
        }
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(Table.key(Keys.workshop(statement.workshopId()), Keys.statement(statement.id())))
                        .updateExpression("SET #text = :text, #hidden = :hidden, updatedAt = :at")
                        .expressionAttributeNames(Map.of("#text", "text", "#hidden", "hidden"))
                        .conditionExpression(condition)
                        .expressionAttributeValues(values)
                        .build()).build(),
                Keys.versionBump(table, statement.workshopId(), requiredPhase));
        return outcome(statement.workshopId(), table.transact(writes), 1);
    }

    @Override
    public Outcome remove(String workshopId, String statementId, String author, Phase requiredPhase) {
        Delete.Builder delete = Delete.builder().tableName(table.name())
                .key(Table.key(Keys.workshop(workshopId), Keys.statement(statementId)))
                .conditionExpression("attribute_exists(pk)" + (author != null ? " AND participantId = :author" : ""));
        if (author != null) delete.expressionAttributeValues(Map.of(":author", s(author)));
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().delete(delete.build()).build(),
                Keys.versionBump(table, workshopId, requiredPhase));
        return outcome(workshopId, table.transact(writes), 1);
    }

    /** A new item of the workshop, written with the version bump that holds it to a stage. */
    private Outcome addInStage(Map<String, AttributeValue> item, String workshopId, Phase requiredPhase) {
        List<TransactWriteItem> writes = List.of(put(item, "attribute_not_exists(pk)", Map.of()),
                Keys.versionBump(table, workshopId, requiredPhase));
        return outcome(workshopId, table.transact(writes), 1);
    }

    @Override
    public Outcome addCause(Cause c, Phase requiredPhase) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(c.workshopId()), Keys.cause(c.id()));
        item.put("themeId", s(c.themeId()));
        if (c.parentId() != null) item.put("parentId", s(c.parentId()));
        item.put("depth", n(c.depth()));
        item.put("text", s(c.text()));
        if (c.participantId() != null) item.put("participantId", s(c.participantId()));
        item.put("createdAt", s(c.createdAt().toString()));
        item.put("expiresAt", n(c.expiresAt()));
        return addInStage(item, c.workshopId(), requiredPhase);
    }

    @Override
    public Optional<Cause> cause(String workshopId, String causeId) {
        return table.get(Keys.workshop(workshopId), Keys.cause(causeId)).map(DynamoResponseStore::causeFrom);
    }

    static Cause causeFrom(Map<String, AttributeValue> item) {
        return new Cause(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")), Table.text(item, "themeId"),
                Table.text(item, "parentId"), (int) Table.number(item, "depth", 1), Table.text(item, "text"),
                Table.text(item, "participantId"), Instant.parse(Table.text(item, "createdAt")), Table.number(item, "expiresAt", 0));
    }

    @Override
    public Outcome addSuccess(SuccessStatement su, Phase requiredPhase) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(su.workshopId()), Keys.success(su.id()));
        item.put("themeId", s(su.themeId()));
        item.put("perspective", s(su.perspective()));
        item.put("text", s(su.text()));
        if (su.participantId() != null) item.put("participantId", s(su.participantId()));
        item.put("createdAt", s(su.createdAt().toString()));
        item.put("expiresAt", n(su.expiresAt()));
        return addInStage(item, su.workshopId(), requiredPhase);
    }

    static SuccessStatement successFrom(Map<String, AttributeValue> item) {
        return new SuccessStatement(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")),
                Table.text(item, "themeId"), Table.text(item, "perspective"), Table.text(item, "text"),
                Table.text(item, "participantId"), Instant.parse(Table.text(item, "createdAt")), Table.number(item, "expiresAt", 0));
    }

    @Override
    public Outcome addInPlace(InPlaceItem i, Phase requiredPhase) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(i.workshopId()), Keys.inPlace(i.id()));
        item.put("themeId", s(i.themeId()));
        item.put("text", s(i.text()));
        if (i.participantId() != null) item.put("participantId", s(i.participantId()));
        item.put("createdAt", s(i.createdAt().toString()));
        item.put("expiresAt", n(i.expiresAt()));
        return addInStage(item, i.workshopId(), requiredPhase);
    }

    static InPlaceItem inPlaceFrom(Map<String, AttributeValue> item) {
        return new InPlaceItem(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")), Table.text(item, "themeId"),
                Table.text(item, "text"), Table.text(item, "participantId"), Instant.parse(Table.text(item, "createdAt")),
                Table.number(item, "expiresAt", 0));
    }

    /** An idea item carries its vote totals, like a theme: {@code dots} and {@code dotsBy}. */
    @Override
    public Outcome addIdea(Idea idea, Phase requiredPhase) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(idea.workshopId()), Keys.idea(idea.id()));
        if (idea.themeId() != null) item.put("themeId", s(idea.themeId()));
        item.put("lens", s(idea.lens().wire()));
        item.put("text", s(idea.text()));
        if (idea.participantId() != null) item.put("participantId", s(idea.participantId()));
        item.put("dots", n(0));
        item.put("dotsBy", AttributeValue.fromM(Map.of()));
        item.put("createdAt", s(idea.createdAt().toString()));
        item.put("expiresAt", n(idea.expiresAt()));
        return addInStage(item, idea.workshopId(), requiredPhase);
    }

    @Override
    public Optional<Idea> idea(String workshopId, String ideaId) {
        return table.get(Keys.workshop(workshopId), Keys.idea(ideaId)).map(DynamoResponseStore::ideaFrom);
    }

    @Override
    public List<Idea> ideas(String workshopId) {
        return table.startingWith(Keys.workshop(workshopId), Keys.idea("")).stream().map(DynamoResponseStore::ideaFrom).toList();
    }

    static Idea ideaFrom(Map<String, AttributeValue> item) {
        Map<String, Integer> by = new java.util.HashMap<>();
        AttributeValue dotsBy = item.get("dotsBy");
        if (dotsBy != null && dotsBy.hasM()) dotsBy.m().forEach((k, v) -> by.put(k, Integer.parseInt(v.n())));
        return new Idea(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")), Table.text(item, "themeId"),
                Lens.fromWire(Table.text(item, "lens")).orElseThrow(), Table.text(item, "text"), Table.text(item, "participantId"),
                (int) Table.number(item, "dots", 0), by, Instant.parse(Table.text(item, "createdAt")), Table.number(item, "expiresAt", 0));
    }

    @Override
    public Optional<Statement> statement(String workshopId, String statementId) {
        return table.get(Keys.workshop(workshopId), Keys.statement(statementId)).map(DynamoResponseStore::statementFrom);
    }

    @Override
    public Optional<Participant> participant(String workshopId, String participantId) {
        return table.get(Keys.workshop(workshopId), Keys.participant(participantId)).map(DynamoResponseStore::participantFrom);
    }

    @Override
    public void stopEmails(String workshopId, String participantId) {
        table.transact(List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table.name())
                        .key(Table.key(Keys.workshop(workshopId), Keys.participant(participantId)))
                        .updateExpression("SET updatesConsent = :no REMOVE email")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":no", bool(false))).build()).build(),
                Keys.versionBump(table, workshopId, null)));
    }

    @Override
    public Responses all(String workshopId) {
        List<Participant> participants = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Map<String, AttributeValue> item : table.partition(Keys.workshop(workshopId))) {
            String sk = Table.text(item, "sk");
            if (Keys.kind(sk) == Keys.Kind.PARTICIPANT) participants.add(participantFrom(item));
            else if (Keys.kind(sk) == Keys.Kind.STATEMENT) statements.add(statementFrom(item));
        }
        return new Responses(participants, statements);
    }

    /** Erases the person and everything of theirs, in every store's items of the workshop. */
    @Override
    public void erase(String workshopId, String participantId) {
        new WorkshopPartition(table).erase(workshopId, participantId);
    }

    /** The ideas this participant wrote, which go with them when they are erased. */
    static Set<String> ideasOf(List<Map<String, AttributeValue>> items, String participantId) {
        Set<String> ideas = new HashSet<>();
        for (Map<String, AttributeValue> item : items) {
            String sk = Table.text(item, "sk");
            if (Keys.kind(sk) == Keys.Kind.IDEA && participantId.equals(Table.text(item, "participantId"))) ideas.add(Keys.id(sk));
        }
        return ideas;
    }

    @Override
    public Set<Keys.Kind> kinds() {
        return EnumSet.of(Keys.Kind.PARTICIPANT, Keys.Kind.STATEMENT, Keys.Kind.CAUSE, Keys.Kind.SUCCESS, Keys.Kind.IN_PLACE, Keys.Kind.IDEA);
    }

    /** Their participant item and token, and everything they wrote: statements (with their vectors), causes, success, in place, ideas. */
    @Override
    public List<List<TransactWriteItem>> erase(Erasure erasure) {
        String pk = Keys.workshop(erasure.workshopId());
        List<List<TransactWriteItem>> groups = new ArrayList<>();
        for (Map<String, AttributeValue> item : erasure.items()) {
            String sk = Table.text(item, "sk");
            if (!kinds().contains(Keys.kind(sk)) || !erasure.theirs(item)) continue;
            groups.add(List.of(delete(pk, sk)));
            if (Keys.kind(sk) == Keys.Kind.STATEMENT) {
                // The statement's vector, if suggestions worked one out (a delete of nothing is harmless).
                groups.add(List.of(delete(Keys.vectors(erasure.workshopId()), Keys.id(sk))));
            }
            if (sk.equals(Keys.participant(erasure.participantId())) && Table.text(item, "tokenHash") != null) {
                groups.add(List.of(WorkshopPartition.delete(table, Keys.token(Table.text(item, "tokenHash")))));
            }
        }
        return groups;
    }

    /** Participants' own tokens, and the statements' vectors. */
    @Override
    public List<Map<String, AttributeValue>> outside(String workshopId, List<Map<String, AttributeValue>> partition) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Map<String, AttributeValue> item : partition) {
            if (Keys.kind(Table.text(item, "sk")) == Keys.Kind.PARTICIPANT && Table.text(item, "tokenHash") != null) {
                keys.add(Keys.token(Table.text(item, "tokenHash")));
            }
        }
        for (Map<String, AttributeValue> vector : table.partition(Keys.vectors(workshopId))) {
            keys.add(Table.key(Table.text(vector, "pk"), Table.text(vector, "sk")));
        }
        return keys;
    }

    private Outcome outcome(String workshopId, List<Integer> failed, int bumpIndex) {
        if (failed.isEmpty()) return Outcome.DONE;
        if (failed.contains(bumpIndex)) {
            return Keys.exists(table, workshopId) ? Outcome.WRONG_PHASE : Outcome.NOT_FOUND;
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
        Map<String, AttributeValue> item = Table.key(Keys.workshop(p.workshopId()), Keys.participant(p.id()));
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

    static Participant participantFrom(Map<String, AttributeValue> item) {
        return new Participant(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")),
                Table.text(item, "name"), Table.text(item, "perspective"), Table.text(item, "language"),
                Table.text(item, "email"), Table.flag(item, "updatesConsent"), Table.text(item, "tokenHash"),
                Instant.parse(Table.text(item, "createdAt")), Table.number(item, "expiresAt", 0));
    }

    private static Map<String, AttributeValue> statementItem(Statement st) {
        Map<String, AttributeValue> item = Table.key(Keys.workshop(st.workshopId()), Keys.statement(st.id()));
        item.put("participantId", s(st.participantId()));
        item.put("prompt", s(st.prompt().wire()));
        item.put("text", s(st.text()));
        item.put("source", s(st.source().wire()));
        if (st.enteredBy() != null) item.put("enteredBy", s(st.enteredBy()));
        item.put("hidden", bool(st.hidden()));
        item.put("createdAt", s(st.createdAt().toString()));
        item.put("updatedAt", s(st.updatedAt().toString()));
        item.put("expiresAt", n(st.expiresAt()));
        if (st.themeId() != null) item.put("themeId", s(st.themeId()));
        if (st.perspective() != null) item.put("perspective", s(st.perspective()));
        if (st.importId() != null) item.put("importId", s(st.importId()));
        return item;
    }

    static Statement statementFrom(Map<String, AttributeValue> item) {
        return new Statement(Keys.id(Table.text(item, "sk")), Keys.workshopOf(Table.text(item, "pk")),
                Table.text(item, "participantId"), Prompt.fromWire(Table.text(item, "prompt")).orElseThrow(),
                Table.text(item, "text"), Source.fromWire(Table.text(item, "source")).orElseThrow(),
                Table.text(item, "enteredBy"), Table.flag(item, "hidden"),
                Instant.parse(Table.text(item, "createdAt")), Instant.parse(Table.text(item, "updatedAt")),
                Table.number(item, "expiresAt", 0), Table.text(item, "themeId"), Table.number(item, "themeOrder", 0),
                Table.text(item, "perspective"), Table.text(item, "importId"));
    }

}
