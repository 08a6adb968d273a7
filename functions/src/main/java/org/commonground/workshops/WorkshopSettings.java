package org.commonground.workshops;

import java.util.List;
import org.commonground.kernel.Problem;

/**
 * What a facilitator may change, with the method's usual values as defaults.
 * {@code holdContributions}: what participants and leads write waits for a facilitator to let it
 * through before the big screen, other people's boards, emails and the outcomes show it.
 */
public record WorkshopSettings(
        int dotBudget,
        int dotCap,
        int ideaDotBudget,
        int ideaDotCap,
        int topThemes,
        String lensNames,
        int retentionDays,
        List<String> facilitatorEmails,
        String day1Date,
        String day2Date,
        int shortlistSize,
        int quietDays,
        boolean holdContributions) {

    /** Workshops saved before these settings existed read back with the usual values. */
    public WorkshopSettings {
        if (shortlistSize == 0) shortlistSize = DEFAULT_SHORTLIST;
        if (quietDays == 0) quietDays = DEFAULT_QUIET_DAYS;
    }

    public static final int DEFAULT_SHORTLIST = 5;
    /** How long a plan may go without an update before its lead is reminded. */
    public static final int DEFAULT_QUIET_DAYS = 14;

    public static final List<String> LENS_NAMES = List.of("descriptive", "chefs");

    public static WorkshopSettings defaults(int retentionDays) {
        return new WorkshopSettings(5, 3, 5, 3, 3, "descriptive", retentionDays, List.of(), null, null, DEFAULT_SHORTLIST, DEFAULT_QUIET_DAYS, false);
    }

    /**
     * The rule between the dots each person has and the most on one item, for themes and for
     * ideas; throws 400 {@code invalid_field} when a cap is over its budget.
     */
    public static void checkDotCaps(int dotBudget, int dotCap, int ideaDotBudget, int ideaDotCap) {
        if (dotCap > dotBudget || ideaDotCap > ideaDotBudget) {
            throw Problem.invalid("invalid_field", "The most dots on one item cannot be more than the dots each person has.");
        }
    }

    /** Whether something new waits for a facilitator: never what a facilitator writes. */
    public boolean holds(boolean byFacilitator) {
        return holdContributions && !byFacilitator;
    }
}
