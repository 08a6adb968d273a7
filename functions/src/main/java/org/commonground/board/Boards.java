package org.commonground.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.auth.Caller;
import org.commonground.responses.Participant;
import org.commonground.responses.ResponseStore;
import org.commonground.responses.Statement;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopStore;
import org.commonground.workshops.Workshops;

/** Builds the board each caller polls. An unchanged version costs one read. */
public final class Boards {
    private final WorkshopStore workshopStore;
    private final Workshops workshops;
    private final ResponseStore responses;

    public Boards(WorkshopStore workshopStore, Workshops workshops, ResponseStore responses) {
        this.workshopStore = workshopStore;
        this.workshops = workshops;
        this.responses = responses;
    }

    /** Empty when the caller already has this version. */
    public Optional<Board> read(Caller caller, String workshopId, Long sinceVersion, String site) {
        if (sinceVersion != null) {
            long version = workshopStore.version(workshopId).orElseThrow(Workshops::missing);
            if (version == sinceVersion) return Optional.empty();
        }
        Workshop workshop = workshops.get(workshopId);
        ResponseStore.Responses all = responses.all(workshopId);
        return Optional.of(build(caller, workshop, all, site));
    }

    private Board build(Caller caller, Workshop w, ResponseStore.Responses all, String site) {
        boolean facilitator = caller instanceof Caller.Facilitator;
        String me = caller instanceof Caller.Participant p ? p.participantId() : null;

        Map<String, String> perspectiveOf = new HashMap<>();
        Map<String, Integer> byPerspective = new LinkedHashMap<>();
        w.perspectives().forEach(p -> byPerspective.put(p.id(), 0));
        Board.Me mine = null;
        for (Participant p : all.participants()) {
            perspectiveOf.put(p.id(), p.perspective());
            byPerspective.merge(p.perspective(), 1, Integer::sum);
            if (p.id().equals(me)) {
                mine = new Board.Me(p.id(), p.name(), p.perspective(), p.language(), p.updatesConsent());
            }
        }

        Map<String, Integer> byPrompt = new LinkedHashMap<>();
        for (Prompt prompt : Prompt.values()) byPrompt.put(prompt.wire(), 0);
        int visible = 0;
        int hidden = 0;
        List<Board.StatementView> shown = new ArrayList<>();
        List<Statement> statements = new ArrayList<>(all.statements());
        statements.sort(Comparator.comparing(Statement::id));
        for (Statement s : statements) {
            if (s.hidden()) {
                hidden++;
            } else {
                visible++;
                byPrompt.merge(s.prompt().wire(), 1, Integer::sum);
            }
            boolean own = s.participantId().equals(me);
            if (facilitator) {
                shown.add(new Board.StatementView(s.id(), s.prompt().wire(), s.text(), s.source().wire(),
                        perspectiveOf.get(s.participantId()), s.hidden(), null, s.createdAt(), s.updatedAt()));
            } else if (own) {
                shown.add(new Board.StatementView(s.id(), s.prompt().wire(), s.text(), s.source().wire(), null,
                        s.hidden() ? Boolean.TRUE : null, true, s.createdAt(), s.updatedAt()));
            }
        }

        Board.WorkshopView view = new Board.WorkshopView(w.id(), w.code(), w.title(), w.focus(), Workshops.joinUrl(site, w),
                w.languages(), w.prompts(), w.perspectives(), facilitator ? w.settings() : null);
        Board.Counts counts = new Board.Counts(all.participants().size(), visible, facilitator ? hidden : 0, byPrompt,
                byPerspective);
        return new Board(w.version(), w.phase().wire(), view, counts, shown, mine);
    }
}
