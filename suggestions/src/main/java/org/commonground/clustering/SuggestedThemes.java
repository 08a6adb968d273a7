package org.commonground.clustering;

import java.util.ArrayList;
import java.util.List;
import org.commonground.responses.Statement;
import org.commonground.workshops.Prompt;

/** Suggestions for the statements of each question that are not in a theme yet. Applies nothing. */
public final class SuggestedThemes {
    private SuggestedThemes() {}

    public record Proposal(String category, String title, List<String> statementIds) {}

    public static List<Proposal> forUnsorted(List<Statement> statements, Prompt only) {
        List<Proposal> proposals = new ArrayList<>();
        for (Prompt prompt : Prompt.values()) {
            if (only != null && prompt != only) continue;
            List<Statement> unsorted = statements.stream()
                    .filter(s -> s.prompt() == prompt && s.themeId() == null && !s.hidden()).toList();
            if (unsorted.isEmpty()) continue;
            for (ThemeSuggestions.Suggestion s : ThemeSuggestions.suggest(unsorted.stream().map(Statement::text).toList())) {
                proposals.add(new Proposal(prompt.wire(), s.title(), s.members().stream().map(i -> unsorted.get(i).id()).toList()));
            }
        }
        return proposals;
    }
}
