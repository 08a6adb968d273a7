package org.commonground.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.auth.Token;
import org.commonground.statements.Participant;
import org.commonground.statements.ResponseStore;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.ContributionStore;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.themes.ThemeStore;
import org.commonground.workshops.Phase;
import org.commonground.workshops.PhaseChange;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopStore;

/**
 * One workshop's records held in memory, answering the reads the voting and the grid make, with
 * the same rule as the table: every change bumps the workshop's version. Writes the rules under
 * test do not make throw {@link UnsupportedOperationException}, so a rule that starts making one
 * fails its test loudly instead of passing on a store that quietly ignores it.
 */
public final class InMemoryRoom implements WorkshopStore, ThemeStore, ResponseStore, ContributionStore {
    private Workshop workshop;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final Map<String, Idea> ideas = new LinkedHashMap<>();

    public InMemoryRoom(Workshop workshop) { this.workshop = workshop; }

    public synchronized Workshop workshop() { return workshop; }

    /** Moves the room to another stage, as the facilitator would. */
    public synchronized void at(Phase phase) { workshop = workshop.withPhase(phase, workshop.version() + 1); }

    /** Records a change: the version goes up by one. */
    synchronized void bump() { workshop = workshop.withPhase(workshop.phase(), workshop.version() + 1); }

    public synchronized InMemoryRoom with(Participant p) { participants.put(p.id(), p); return this; }
    public synchronized InMemoryRoom with(Theme t) { themes.put(t.id(), t); return this; }
    public synchronized InMemoryRoom with(Idea i) { ideas.put(i.id(), i); return this; }
    public synchronized void removeIdea(String ideaId) { ideas.remove(ideaId); }
    synchronized boolean hasTarget(String id) { return themes.containsKey(id) || ideas.containsKey(id); }

    @Override public synchronized Optional<Workshop> find(String id) { return Optional.ofNullable(id.equals(workshop.id()) ? workshop : null); }
    @Override public synchronized Optional<Long> version(String id) { return find(id).map(Workshop::version); }
    @Override public synchronized List<Workshop> all() { return List.of(workshop); }
    @Override public synchronized Optional<String> idForCode(String code) {
        return Optional.ofNullable(code.equals(workshop.code()) ? workshop.id() : null);
    }
    @Override public synchronized Optional<PhaseChange> movePhase(String id, Phase phase) {
        Phase from = workshop.phase();
        at(phase);
        return Optional.of(new PhaseChange(from, workshop));
    }
    @Override public synchronized Optional<Theme> find(String workshopId, String themeId) { return Optional.ofNullable(themes.get(themeId)); }
    @Override public synchronized Optional<Participant> participant(String workshopId, String participantId) {
        return Optional.ofNullable(participants.get(participantId));
    }
    @Override public synchronized Optional<Idea> idea(String workshopId, String ideaId) { return Optional.ofNullable(ideas.get(ideaId)); }
    @Override public synchronized List<Idea> ideas(String workshopId) { return new ArrayList<>(ideas.values()); }

    @Override public Optional<Long> setTimer(String id, java.time.Instant endsAt) { throw new UnsupportedOperationException(); }
    @Override public boolean create(Workshop w) { throw new UnsupportedOperationException(); }
    @Override public void delete(Workshop w) { throw new UnsupportedOperationException(); }
    @Override public ThemeStore.Outcome create(Theme theme) { throw new UnsupportedOperationException(); }
    @Override public ThemeStore.Outcome update(Theme theme, long expectedVersion) { throw new UnsupportedOperationException(); }
    @Override public ThemeStore.Outcome move(String workshopId, String statementId, String themeId) { throw new UnsupportedOperationException(); }
    @Override public ThemeStore.Outcome order(String workshopId, String themeId, List<String> statementIds) { throw new UnsupportedOperationException(); }
    @Override public ThemeStore.Outcome merge(String workshopId, Theme from, Theme into) { throw new UnsupportedOperationException(); }
    @Override public Optional<Theme> survivor(String workshopId, String themeId) { throw new UnsupportedOperationException(); }
    @Override public ResponseStore.Outcome join(Participant participant, Token token) { throw new UnsupportedOperationException(); }
    @Override public ResponseStore.Outcome add(Statement statement, Phase requiredPhase, boolean held) { throw new UnsupportedOperationException(); }
    @Override public int addImported(org.commonground.statements.ImportRecord record, List<Statement> statements) { throw new UnsupportedOperationException(); }
    @Override public int removeImport(String workshopId, String importId) { throw new UnsupportedOperationException(); }
    @Override public boolean change(Workshop changed, long expectedVersion) { throw new UnsupportedOperationException(); }
    @Override public ResponseStore.Outcome replace(Statement statement, String author, Phase requiredPhase, boolean held) { throw new UnsupportedOperationException(); }
    @Override public ResponseStore.Outcome remove(String workshopId, String statementId, String author, Phase requiredPhase) { throw new UnsupportedOperationException(); }
    @Override public Optional<Statement> statement(String workshopId, String statementId) { throw new UnsupportedOperationException(); }
    @Override public void stopEmails(String workshopId, String participantId) { throw new UnsupportedOperationException(); }
    @Override public Responses all(String workshopId) { throw new UnsupportedOperationException(); }
    @Override public void erase(String workshopId, String participantId) { throw new UnsupportedOperationException(); }
    @Override public ResponseStore.Outcome addCause(Cause cause, Phase requiredPhase, boolean held) { throw new UnsupportedOperationException(); }
    @Override public Optional<Cause> cause(String workshopId, String causeId) { throw new UnsupportedOperationException(); }
    @Override public ResponseStore.Outcome addSuccess(SuccessStatement success, Phase requiredPhase, boolean held) { throw new UnsupportedOperationException(); }
    @Override public ResponseStore.Outcome addInPlace(InPlaceItem item, Phase requiredPhase, boolean held) { throw new UnsupportedOperationException(); }
    @Override public ResponseStore.Outcome addIdea(Idea idea, Phase requiredPhase, boolean held) { throw new UnsupportedOperationException(); }
}
