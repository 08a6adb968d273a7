package org.commonground.clustering;

import java.util.List;
import java.util.Map;

/**
 * Where each statement's vector is kept once worked out, so asking again only embeds what is
 * new or changed. {@code textHash} tells a vector of old words from one of the current words.
 */
public interface StatementVectors {
    record Stored(String textHash, float[] vector) {}

    Map<String, Stored> all(String workshopId);

    void put(String workshopId, Map<String, Stored> vectors, long expiresAt);

    /** Forgets the vectors of these statements (gone from the workshop). */
    void remove(String workshopId, java.util.Collection<String> statementIds);

    /** Answers each statement's vector, working out and keeping only those not kept already. */
    static float[][] of(StatementVectors store, String workshopId, List<org.commonground.statements.Statement> statements, long expiresAt) {
        Map<String, Stored> kept = store.all(workshopId);
        float[][] vectors = new float[statements.size()][];
        java.util.List<Integer> missing = new java.util.ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Stored s = kept.get(statements.get(i).id());
            if (s != null && s.textHash().equals(hash(statements.get(i).text()))) vectors[i] = s.vector();
            else missing.add(i);
        }
        if (!missing.isEmpty()) {
            float[][] fresh = SentenceEmbeddings.embed(missing.stream().map(i -> statements.get(i).text()).toList());
            Map<String, Stored> toKeep = new java.util.HashMap<>();
            for (int m = 0; m < missing.size(); m++) {
                int i = missing.get(m);
                vectors[i] = fresh[m];
                toKeep.put(statements.get(i).id(), new Stored(hash(statements.get(i).text()), fresh[m]));
            }
            store.put(workshopId, toKeep, expiresAt);
        }
        return vectors;
    }

    /** Tells the words and the model a vector was worked out from. */
    static String hash(String text) {
        return org.commonground.auth.Tokens.hash(SentenceEmbeddings.MODEL + "\n" + text).substring(0, 16);
    }
}
