package org.commonground.themes;

import java.util.List;
import java.util.Optional;

/** Themes and which theme each statement is in. Every write bumps the workshop's version. */
public interface ThemeStore {
    enum Outcome { DONE, NOT_FOUND, STALE }

    Outcome create(Theme theme);

    Optional<Theme> find(String workshopId, String themeId);

    /** Saves a new title and position if the theme is still at {@code expectedVersion}. */
    Outcome update(Theme theme, long expectedVersion);

    /** Puts a statement in a theme (null: back to unsorted). NOT_FOUND if either is gone. */
    Outcome move(String workshopId, String statementId, String themeId);

    /** Sets the order of a theme's statements; STALE if one of them is no longer in it. */
    Outcome order(String workshopId, String themeId, List<String> statementIds);

    /** Moves the statements into the other theme, then removes the emptied one. */
    Outcome merge(String workshopId, Theme from, Theme into, List<String> statementIds);
}
