package org.commonground.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The whole visible state of a workshop for one caller. Statements are never shown with who
 * wrote them: a facilitator sees the perspective and source, a participant only their own.
 */
public record Board(
        long version,
        String phase,
        WorkshopView workshop,
        Counts counts,
        List<StatementView> statements,
        Me me) {

    public record WorkshopView(String id, String code, String title, String focus, String joinUrl, List<String> languages,
                               Object prompts, Object perspectives, Object settings) {}

    public record Counts(int participants, int statements, int hidden, Map<String, Integer> byPrompt,
                         Map<String, Integer> byPerspective) {}

    public record StatementView(String id, String prompt, String text, String source, String perspective,
                                Boolean hidden, Boolean mine, Instant createdAt, Instant updatedAt) {}

    public record Me(String participantId, String name, String perspective, String language, boolean updatesConsent) {}
}
