package org.commonground.workshops;

import java.util.List;

/** What a facilitator may change, with the method's usual values as defaults. */
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
        int shortlistSize) {

    /** Workshops saved before the shortlist existed read back with the usual size. */
    public WorkshopSettings {
        if (shortlistSize == 0) shortlistSize = DEFAULT_SHORTLIST;
    }

    public static final int DEFAULT_SHORTLIST = 5;

    public static final List<String> LENS_NAMES = List.of("descriptive", "chefs");

    public static WorkshopSettings defaults(int retentionDays) {
        return new WorkshopSettings(5, 3, 5, 3, 3, "descriptive", retentionDays, List.of(), null, null, DEFAULT_SHORTLIST);
    }
}
