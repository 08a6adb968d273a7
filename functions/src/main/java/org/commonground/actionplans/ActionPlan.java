package org.commonground.actionplans;

import java.time.Instant;
import java.util.List;

/**
 * What people will do about an idea: who leads it, the steps with their owners and dates
 * (the first within two weeks), who else to involve and how we will know it worked. The
 * lead's email is kept only with their agreement; {@code leadTokenHash} is the hash of the
 * private link they post progress with.
 */
public record ActionPlan(String id, String workshopId, String ideaId, String title, Lead lead, List<Step> steps,
                         String involve, String measure, ActionStatus status, String leadTokenHash,
                         Instant createdAt, long expiresAt) {

    /** {@code name} is null once the person who wrote the plan erased their data. */
    public record Lead(String name, String email) {
        public String firstName() { return ActionPlan.firstName(name); }

        /** The name for records and reports: theirs, or a neutral "a participant" once erased. */
        public String nameOrNeutral() { return name == null ? NEUTRAL_LEAD : name; }
    }

    /** What records say of a lead whose data was erased. */
    public static final String NEUTRAL_LEAD = "a participant";

    /** {@code due} is a date like 2027-03-18, or null. */
    public record Step(String text, String owner, String due) {}

    /** Letters people put between names, visible or not: every kind of space, and invisible joiners and marks. */
    private static final java.util.regex.Pattern BETWEEN_NAMES = java.util.regex.Pattern.compile("[\\p{Z}\\s\\p{Cf}\\p{Cc}]+");

    /**
     * What participants, the big screen and the public may see of someone named in a plan:
     * their first name only, whatever was typed. "Smithson, Jane" gives "Jane"; an email
     * address typed as a name gives the first part before the @ ("jane" from
     * jane.smithson@example.org); no-break, zero-width and other invisible characters count as
     * gaps between names. Null for no name.
     */
    public static String firstName(String name) {
        if (name == null) return null;
        String typed = name;
        int at = typed.indexOf('@');
        if (at >= 0) typed = typed.substring(0, at).replaceAll("[._+\\-]+", " ");
        int comma = typed.indexOf(',');
        if (comma >= 0 && !typed.substring(comma + 1).isBlank()) typed = typed.substring(comma + 1);
        for (String part : BETWEEN_NAMES.split(typed)) {
            if (!part.isEmpty()) return part;
        }
        return null;
    }

    /** The same plan with a new lead, who gets a new private link. */
    public ActionPlan withLead(Lead next, String nextTokenHash) {
        return new ActionPlan(id, workshopId, ideaId, title, next, steps, involve, measure, status, nextTokenHash, createdAt, expiresAt);
    }
}
