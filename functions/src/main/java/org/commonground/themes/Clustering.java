package org.commonground.themes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Text;
import org.commonground.statements.ResponseStore;
import org.commonground.statements.Statement;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * Day 1: the room groups the statements of each question into themes and titles each one
 * as an "I" statement. Statements stay within their question; a theme's title and place are
 * changed only from the version the facilitator saw, so two people at the console lose nothing.
 */
public final class Clustering {
    public static final int MAX_TITLE = 200;

    private final ThemeStore themes;
    private final ResponseStore responses;
    private final Workshops workshops;
    private final Clock clock;

    public Clustering(ThemeStore themes, ResponseStore responses, Workshops workshops, Clock clock) {
        this.themes = themes;
        this.responses = responses;
        this.workshops = workshops;
        this.clock = clock;
    }

    public Theme create(String workshopId, Prompt category, String title) {
        Workshop workshop = workshops.get(workshopId);
        Theme theme = new Theme(Ids.next(clock), workshopId, category, Text.line(title, "theme title", MAX_TITLE),
                0, 1, 0, Map.of(), clock.instant(), workshop.expiresAt());
        if (themes.create(theme) != ThemeStore.Outcome.DONE) throw Workshops.missing();
        return theme;
    }

    public Theme change(String workshopId, String themeId, String title, Integer position, long seenVersion) {
        Theme theme = find(workshopId, themeId);
        Theme changed = theme.renamed(title == null ? theme.title() : Text.line(title, "theme title", MAX_TITLE),
                position == null ? theme.position() : position);
        switch (themes.update(changed, seenVersion)) {
            case DONE -> { }
            case NOT_FOUND -> throw missingTheme();
            case STALE -> throw Problem.conflict("stale_version",
                    "Someone else changed this theme a moment ago. Reload it and make your change again.");
        }
        return find(workshopId, themeId);
    }

    public void move(String workshopId, String statementId, String themeId) {
        Statement statement = responses.statement(workshopId, statementId).orElseThrow(() -> Problem.notFound(
                "statement_not_found", "That answer is not there any more. It may have been withdrawn."));
        if (themeId != null) {
            Theme theme = find(workshopId, themeId);
            if (theme.category() != statement.prompt()) {
                throw Problem.invalid("wrong_category", "This answer is about “" + statement.prompt().wire().replace('_', ' ')
                        + "”, so it can only go in a theme about that.");
            }
        }
        if (themes.move(workshopId, statementId, themeId) != ThemeStore.Outcome.DONE) {
            throw Problem.notFound("not_found", "That answer or theme is not there any more. Reload and try again.");
        }
    }

    /** The room puts a theme's statements in the order it wants, for example the most telling first. */
    public void order(String workshopId, String themeId, List<String> statementIds) {
        find(workshopId, themeId);
        if (statementIds.size() > 98 || statementIds.size() != new java.util.HashSet<>(statementIds).size()) {
            throw Problem.invalid("invalid_order", "Give each of the theme's answers once, at most 98 of them.");
        }
        if (themes.order(workshopId, themeId, statementIds) != ThemeStore.Outcome.DONE) {
            throw Problem.conflict("stale_version", "Someone moved an answer in or out of this theme a moment ago. Reload and try again.");
        }
    }

    public void merge(String workshopId, String themeId, String intoThemeId) {
        if (themeId.equals(intoThemeId)) {
            throw Problem.invalid("same_theme", "Choose a different theme to merge this one into.");
        }
        Theme from = find(workshopId, themeId);
        Theme into = find(workshopId, intoThemeId);
        if (from.category() != into.category()) {
            throw Problem.invalid("wrong_category", "Themes can only be merged within the same question.");
        }
        if (from.dots() > 0) {
            throw Problem.conflict("has_votes", "People have already voted on this theme, so it cannot be merged now.");
        }
        List<String> statementIds = responses.all(workshopId).statements().stream()
                .filter(s -> themeId.equals(s.themeId())).map(Statement::id).toList();
        if (themes.merge(workshopId, from, into, statementIds) != ThemeStore.Outcome.DONE) throw missingTheme();
    }

    /** The workshop's statements, for suggesting themes (the caller has found the workshop). */
    public List<Statement> statements(String workshopId) {
        return responses.all(workshopId).statements();
    }

    private Theme find(String workshopId, String themeId) {
        return themes.find(workshopId, themeId).orElseThrow(Clustering::missingTheme);
    }

    private static Problem missingTheme() {
        return Problem.notFound("theme_not_found", "That theme is not there any more. It may have been merged into another.");
    }
}
