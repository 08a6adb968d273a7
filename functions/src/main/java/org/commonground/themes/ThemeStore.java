package org.commonground.themes;

import java.util.List;
import java.util.Optional;

/** Themes and which theme each statement is in. Every write bumps the workshop's version. */
public interface ThemeStore {
    /** MERGING: the theme has been (or is being) merged into another; HAS_VOTES: people put dots on it. */
    enum Outcome { DONE, NOT_FOUND, STALE, MERGING, HAS_VOTES }

    Outcome create(Theme theme);

    Optional<Theme> find(String workshopId, String themeId);

    /** The theme, or if it was merged (or is being merged), the one its statements went to. */
    Optional<Theme> survivor(String workshopId, String themeId);

    /** Saves a new title and position if the theme is still at {@code expectedVersion}. */
    Outcome update(Theme theme, long expectedVersion);

    /** Puts a statement in a theme (null: back to unsorted). NOT_FOUND if either is gone, MERGING if a merge has begun on the theme. */
    Outcome move(String workshopId, String statementId, String themeId);

    /** Sets the order of a theme's statements; STALE if one of them is no longer in it. */
    Outcome order(String workshopId, String themeId, List<String> statementIds);

    /**
     * Moves every statement of {@code from} into {@code into} and ends {@code from}, whatever
     * moves happen meanwhile: none is left in a theme that is gone. STALE when either theme is
     * being merged already; HAS_VOTES when {@code from} has dots.
     */
    Outcome merge(String workshopId, Theme from, Theme into);
}
