package org.commonground.actionplans;

import java.time.LocalDate;
import java.util.List;

/**
 * An action plan as a person wrote it, checked: the idea it answers, a one-line title, the lead,
 * at least one step (the first with a date), and who else to involve and how we will know it
 * worked (each may be null). A request body is read into one by {@code api.PlanRequests}.
 */
public record NewActionPlan(String ideaId, String title, ActionPlan.Lead lead, List<ActionPlan.Step> steps, String involve, String measure) {
    /** The method advises a first step soon, while the energy of the day is still there; it does not forbid a later one. */
    public static final int FIRST_STEP_WITHIN_DAYS = 14;
    /** The most steps one plan may have. */
    public static final int MAX_STEPS = 20;

    /** The one rule for plan dates: days in London, where the councils the method serves are. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
    }

    /** Whether the first step is later than the method advises (the plan is saved; the answer carries the advice). */
    public boolean firstStepLater(LocalDate today) {
        String due = steps.getFirst().due();
        return due != null && LocalDate.parse(due).isAfter(today.plusDays(FIRST_STEP_WITHIN_DAYS));
    }
}
