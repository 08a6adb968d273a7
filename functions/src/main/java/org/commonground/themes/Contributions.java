package org.commonground.themes;

import org.commonground.auth.Caller;
import org.commonground.kernel.Problem;
import org.commonground.statements.ResponseStore;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshops;

/**
 * The rules every short contribution to a theme shares (causes, success, what is in place,
 * ideas): participants add them in their own stage and are recorded as the author; facilitators
 * add them at any time, unattributed.
 */
final class Contributions {
    private Contributions() {}

    static String author(Caller caller) {
        return caller instanceof Caller.Participant p ? p.participantId() : null;
    }

    static Phase phaseFor(Caller caller, Phase phase) {
        return caller instanceof Caller.Participant ? phase : null;
    }

    static org.commonground.themes.Theme theme(org.commonground.themes.ThemeStore themes, String workshopId, String themeId) {
        return themes.find(workshopId, themeId).orElseThrow(() -> Problem.notFound("theme_not_found",
                "That theme is not there any more. Reload to see the themes."));
    }

    static void check(ResponseStore.Outcome outcome, String what) {
        switch (outcome) {
            case DONE -> { }
            case NOT_FOUND, NOT_AUTHOR -> throw Workshops.missing();
            case WRONG_PHASE -> throw Problem.conflict("wrong_phase", "The room is not working on " + what
                    + " right now. The facilitator will open it when it is time.");
        }
    }
}
