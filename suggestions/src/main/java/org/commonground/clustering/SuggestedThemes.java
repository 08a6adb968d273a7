package org.commonground.clustering;

import java.util.ArrayList;
import java.util.List;
import org.commonground.statements.Statement;
import org.commonground.workshops.Prompt;

/** Suggestions for the statements of each question that are not in a theme yet. Applies nothing. */
public final class SuggestedThemes {
    private SuggestedThemes() {}

    public record Proposal(String category, String title, List<String> statementIds) {}

    public static List<Proposal> forUnsorted(List<Statement> statements, Prompt only, StatementVectors kept,
                                             String workshopId, long expiresAt) {
        List<Proposal> proposals = new ArrayList<>();
        for (Prompt prompt : Prompt.values()) {
            if (only != null && prompt != only) continue;
            List<Statement> unsorted = statements.stream()
                    .filter(s -> s.prompt() == prompt && s.themeId() == null && !s.hidden()).toList();
            if (unsorted.isEmpty()) continue;
            float[][] vectors = StatementVectors.of(kept, workshopId, unsorted, expiresAt);
            List<String> texts = unsorted.stream().map(Statement::text).toList();
            int[] labels = WardClustering.cluster(vectors, ThemeSuggestions.themesFor(texts.size()));
            for (ThemeSuggestions.Suggestion s : ThemeSuggestions.group(texts, vectors, labels)) {
                proposals.add(new Proposal(prompt.wire(), s.title(), s.members().stream().map(i -> unsorted.get(i).id()).toList()));
            }
        }
        return proposals;
    }
}
