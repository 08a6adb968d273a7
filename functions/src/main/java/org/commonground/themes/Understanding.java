package org.commonground.themes;

import java.time.Clock;
import org.commonground.auth.Caller;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Text;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * The end of day 1: for the "not working" themes the room voted up, ask why they happen (root
 * causes, and "why?" again under each), and say what success would look like from each perspective.
 */
public final class Understanding {
    public static final int MAX_DEPTH = 5;
    private static final int MAX_TEXT = 1000;

    private final ContributionStore responses;
    private final ThemeStore themes;
    private final Workshops workshops;
    private final Clock clock;

    public Understanding(ContributionStore responses, ThemeStore themes, Workshops workshops, Clock clock) {
        this.responses = responses;
        this.themes = themes;
        this.workshops = workshops;
        this.clock = clock;
    }

    public Cause addCause(Caller caller, String workshopId, String themeId, String parentId, String text) {
        Workshop workshop = workshops.get(workshopId);
        Theme theme = notWorkingTheme(workshopId, themeId);
        int depth = 1;
        if (parentId != null) {
            Cause parent = responses.cause(workshopId, parentId).orElseThrow(() -> Problem.notFound("cause_not_found",
                    "The cause you are asking “why?” about is not there any more."));
            if (!parent.themeId().equals(theme.id())) {
                throw Problem.invalid("wrong_theme", "That cause belongs to another theme.");
            }
            depth = parent.depth() + 1;
            if (depth > MAX_DEPTH) {
                throw Problem.invalid("too_deep", "This why-chain is already " + MAX_DEPTH + " levels deep. Add a new cause at the top instead.");
            }
        }
        Cause cause = new Cause(Ids.next(clock), workshopId, theme.id(), parentId, depth,
                Text.clean(text, "cause", MAX_TEXT), Contributions.author(caller), clock.instant(), workshop.expiresAt());
        Contributions.check(responses.addCause(cause, Contributions.phaseFor(caller, Phase.ROOT_CAUSES)), "root causes");
        return cause;
    }

    public SuccessStatement addSuccess(Caller caller, String workshopId, String themeId, String perspective, String text) {
        Workshop workshop = workshops.get(workshopId);
        Theme theme = notWorkingTheme(workshopId, themeId);
        if (!workshop.hasPerspective(perspective)) {
            throw Problem.invalid("invalid_perspective", "Choose one of this workshop's perspectives.");
        }
        SuccessStatement success = new SuccessStatement(Ids.next(clock), workshopId, theme.id(), perspective,
                Text.clean(text, "success statement", MAX_TEXT), Contributions.author(caller), clock.instant(), workshop.expiresAt());
        Contributions.check(responses.addSuccess(success, Contributions.phaseFor(caller, Phase.SUCCESS)), "what success would look like");
        return success;
    }

    private Theme notWorkingTheme(String workshopId, String themeId) {
        Theme theme = Contributions.theme(themes, workshopId, themeId);
        if (theme.category() != Prompt.NOT_WORKING) {
            throw Problem.invalid("wrong_category", "Root causes and success are for themes about what is not working.");
        }
        return theme;
    }
}
