package org.commonground.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out a statement's vector as soon as it is saved, typed, written down for someone or
 * imported, so asking for suggested themes only groups vectors already kept. Fed by the table's
 * stream: every new, changed or deleted statement, whoever wrote it.
 */
public final class VectorsOnSave {
    /**
     * A statement as saved: {@code text} null when it was deleted; {@code textChanged} false when
     * only something else about it changed (a move into a theme), which needs no new vector.
     */
    public record Saved(String workshopId, String statementId, String text, boolean textChanged, long expiresAt) {}

    private final StatementVectors store;

    public VectorsOnSave(StatementVectors store) { this.store = store; }

    /** Embeds the new and changed statements in one batch per workshop and forgets deleted ones; answers how many were embedded. */
    public int apply(List<Saved> saved) {
        Map<String, List<Saved>> byWorkshop = new LinkedHashMap<>();
        for (Saved s : saved) byWorkshop.computeIfAbsent(s.workshopId(), w -> new ArrayList<>()).add(s);
        int embedded = 0;
        for (var e : byWorkshop.entrySet()) {
            // The last change of each statement in the batch is the one that counts.
            Map<String, Saved> latest = new LinkedHashMap<>();
            for (Saved s : e.getValue()) latest.put(s.statementId(), s);
            List<String> gone = latest.values().stream().filter(s -> s.text() == null).map(Saved::statementId).toList();
            List<Saved> fresh = latest.values().stream().filter(s -> s.text() != null && s.textChanged()).toList();
            if (!gone.isEmpty()) store.remove(e.getKey(), gone);
            if (fresh.isEmpty()) continue;
            float[][] vectors = SentenceEmbeddings.embed(fresh.stream().map(Saved::text).toList());
            Map<String, StatementVectors.Stored> keep = new HashMap<>();
            long expiresAt = 0;
            for (int i = 0; i < vectors.length; i++) {
                keep.put(fresh.get(i).statementId(), new StatementVectors.Stored(StatementVectors.hash(fresh.get(i).text()), vectors[i]));
                expiresAt = Math.max(expiresAt, fresh.get(i).expiresAt());
            }
            store.put(e.getKey(), keep, expiresAt);
            embedded += vectors.length;
        }
        return embedded;
    }
}
