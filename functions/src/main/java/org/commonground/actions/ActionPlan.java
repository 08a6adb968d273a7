package org.commonground.actions;

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

    public record Lead(String name, String email) {
        /** What the public may see of the lead: the first word of their name. */
        public String firstName() {
            String[] words = name.strip().split("\\s+");
            return words[0];
        }
    }

    /** {@code due} is a date like 2027-03-18, or null. */
    public record Step(String text, String owner, String due) {}

    public ActionPlan withStatus(ActionStatus next) {
        return new ActionPlan(id, workshopId, ideaId, title, lead, steps, involve, measure, next, leadTokenHash, createdAt, expiresAt);
    }
}
