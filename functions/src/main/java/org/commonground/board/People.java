package org.commonground.board;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonground.statements.Participant;
import org.commonground.statements.Statement;
import org.commonground.workshops.Perspective;
import org.commonground.workshops.Workshop;

/**
 * Who took part, counted honestly and apart: people who joined (on a phone or a shared
 * laptop), people who answered beforehand (each imported row), and answers a facilitator wrote
 * down for someone in the room (answers, not people: one person may give several). Hidden
 * answers count for none of them. {@code byPerspective} holds the same three counts for each of
 * the workshop's perspectives, in its order (those not said are in the totals only).
 */
public record People(int joined, int answeredBeforehand, int writtenDown, Map<String, Count> byPerspective) {

    public record Count(int joined, int answeredBeforehand, int writtenDown) {}

    public static People of(Snapshot s) {
        return of(s.workshop(), s.participants(), s.statements());
    }

    public static People of(Workshop w, Iterable<Participant> participants, Iterable<Statement> statements) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Perspective p : w.perspectives()) counts.put(p.id(), new int[3]);
        Map<String, String> perspectiveOf = new HashMap<>();
        int joined = 0;
        for (Participant p : participants) {
            perspectiveOf.put(p.id(), p.perspective());
            if (p.tokenHash() == null) continue;
            joined++;
            add(counts, p.perspective(), 0);
        }
        Set<String> beforehand = new HashSet<>();
        int writtenDown = 0;
        for (Statement st : statements) {
            if (st.hidden()) continue;
            String perspective = st.perspective() != null ? st.perspective() : perspectiveOf.get(st.participantId());
            if (st.importId() != null) {
                if (beforehand.add(st.participantId())) add(counts, perspective, 1);
            } else if (st.enteredBy() != null) {
                writtenDown++;
                add(counts, perspective, 2);
            }
        }
        Map<String, Count> byPerspective = new LinkedHashMap<>();
        counts.forEach((id, c) -> byPerspective.put(id, new Count(c[0], c[1], c[2])));
        return new People(joined, beforehand.size(), writtenDown, byPerspective);
    }

    private static void add(Map<String, int[]> counts, String perspective, int which) {
        int[] c = perspective == null ? null : counts.get(perspective);
        if (c != null) c[which]++;
    }
}
