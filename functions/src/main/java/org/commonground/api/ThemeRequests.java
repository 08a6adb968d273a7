package org.commonground.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.workshops.Prompt;

/**
 * The bodies of the clustering function's requests (themes, moves, order, merges, suggestions),
 * read into the plain values the domain takes. Each method throws a 400 problem naming the field
 * and saying what to send instead, or a 404 for a theme id that cannot be one.
 */
public final class ThemeRequests {
    /** How many answers one theme's order may list, as {@code Clustering.order} allows. */
    static final int MOST_IN_ORDER = 98;

    private ThemeRequests() {}

    /** {@code category}, required: the question a theme belongs to, by wire name (working, not_working, future). */
    public static Prompt category(RequestBody body) {
        return prompt(body.text("category"));
    }

    /** {@code category}, optional: the one question to suggest themes for; empty for all three. */
    public static Optional<Prompt> onlyCategory(RequestBody body) {
        return body.optionalText("category").map(ThemeRequests::prompt);
    }

    /** {@code version}, required: the theme's version from the board (1 or more), so no one else's change is lost. */
    public static long version(RequestBody body) {
        return body.optionalWholeNumber("version", 1, Integer.MAX_VALUE).orElseThrow(() -> Problem.invalid(
                "missing_field", "Please give 'version': the theme's version from the board, so no one else's change is lost."));
    }

    /** {@code position}, optional: the theme's place on the wall, 0 to 10,000. */
    public static Optional<Integer> position(RequestBody body) {
        return body.optionalWholeNumber("position", 0, 10_000);
    }

    /** {@code themeId}, required but may be null: the theme to move an answer into, or null for back to unsorted. */
    public static Optional<String> themeOrUnsorted(RequestBody body) {
        if (!body.isPresent("themeId")) throw RequestBody.missing("themeId");
        Optional<String> themeId = body.optionalText("themeId");
        themeId.ifPresent(ThemeRequests::existingTheme);
        return themeId;
    }

    /** {@code intoThemeId}, required: the theme another is merged into. */
    public static String intoTheme(RequestBody body) {
        return existingTheme(body.text("intoThemeId"));
    }

    /** {@code statementIds}, required: the theme's answers in the order wanted, at most {@value #MOST_IN_ORDER}. */
    public static List<String> statementIds(RequestBody body) {
        List<String> ids = new ArrayList<>();
        for (var item : body.optionalList("statementIds", MOST_IN_ORDER).orElseThrow(() -> RequestBody.missing("statementIds"))) {
            if (!item.isTextual() || !Ids.looksValid(item.textValue())) {
                throw Problem.invalid("invalid_order", "'statementIds' must list the ids of the theme's answers, in the order you want.");
            }
            ids.add(item.textValue());
        }
        return ids;
    }

    private static Prompt prompt(String value) {
        return Prompt.fromWire(value).orElseThrow(() -> Problem.invalid("invalid_category",
                "'category' must be working, not_working or future."));
    }

    /** A theme id that cannot be one was never on the board: said as a theme that is gone (404), as the store would. */
    private static String existingTheme(String id) {
        if (!Ids.looksValid(id)) {
            throw Problem.notFound("theme_not_found", "That theme is not there any more. It may have been merged into another.");
        }
        return id;
    }
}
