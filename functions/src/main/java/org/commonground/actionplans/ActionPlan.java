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

    public record Lead(String name, String email) {
        public String firstName() { return ActionPlan.firstName(name); }
    }

    /** {@code due} is a date like 2027-03-18, or null. */
    public record Step(String text, String owner, String due) {}

    /** What the public may see of someone named in a plan: the first word of their name. */
    public static String firstName(String name) {
        return name == null ? null : name.strip().split("\\s+")[0];
    }

    /** The same plan with a new lead, who gets a new private link. */
    public ActionPlan withLead(Lead next, String nextTokenHash) {
        return new ActionPlan(id, workshopId, ideaId, title, next, steps, involve, measure, status, nextTokenHash, createdAt, expiresAt);
    }
}
