package org.commonground.clustering;

import java.util.ArrayList;
import java.util.List;
import org.commonground.statements.Statement;
import org.commonground.workshops.Prompt;

/** Suggestions for the statements of each question that are not in a theme yet. Applies nothing. */
public final class SuggestedThemes {
    private SuggestedThemes() {}

    /**
     * One proposal: its question, draft title (at most 60 characters), the id of its middle
     * statement (shown in full beside the title) and its statements' ids, middle first.
     */
    public record Proposal(String category, String title, String middleStatementId, List<String> statementIds) {}

    /**
     * The proposals, biggest and clearest first within each question; the ids left unsorted because
     * they fit no group; the ids left because they are in Welsh, which the model does not understand.
     */
    public record Suggestions(List<Proposal> themes, List<String> unsorted, List<String> welsh) {}

    /** Groups the unsorted, visible statements of each question (or only {@code only}) from their kept vectors. */
    public static Suggestions forUnsorted(List<Statement> statements, Prompt only, StatementVectors kept,
                                          String workshopId, long expiresAt) {
        List<Proposal> proposals = new ArrayList<>();
        List<String> unsortedIds = new ArrayList<>();
        List<String> welshIds = new ArrayList<>();
        for (Prompt prompt : Prompt.values()) {
            if (only != null && prompt != only) continue;
            List<Statement> unsorted = statements.stream()
                    .filter(s -> s.prompt() == prompt && s.themeId() == null && !s.hidden()).toList();
            if (unsorted.isEmpty()) continue;
            float[][] vectors = StatementVectors.of(kept, workshopId, unsorted, expiresAt);
            List<String> texts = unsorted.stream().map(Statement::text).toList();
            ThemeSuggestions.Result result = ThemeSuggestions.suggest(texts, vectors, ThemeSuggestions.Choices.PRODUCT);
            for (ThemeSuggestions.Suggestion s : result.suggestions()) {
                proposals.add(new Proposal(prompt.wire(), s.title(), unsorted.get(s.middle()).id(),
                        s.members().stream().map(i -> unsorted.get(i).id()).toList()));
            }
            result.unsorted().forEach(i -> unsortedIds.add(unsorted.get(i).id()));
            result.welsh().forEach(i -> welshIds.add(unsorted.get(i).id()));
        }
        return new Suggestions(proposals, unsortedIds, welshIds);
    }
}
