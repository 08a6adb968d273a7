package org.commonground.workshops;

import java.util.List;

/**
 * What a workshop is set up with, and what may be changed later or copied to a new workshop:
 * checked plain values (a request body is read into one by {@code api.WorkshopRequests}).
 */
public record NewWorkshop(
        Wording title,
        Wording focus,
        List<String> languages,
        List<PromptWording> prompts,
        List<Perspective> perspectives,
        WorkshopSettings settings) {

    /**
     * What a fresh workshop starts from: the method's languages, prompts, perspectives and
     * settings, kept for {@code defaultRetentionDays}; no title or focus yet (a request gives them).
     */
    public static NewWorkshop startingPoint(int defaultRetentionDays) {
        return new NewWorkshop(null, null, Defaults.LANGUAGES, Defaults.PROMPTS, Defaults.PERSPECTIVES,
                WorkshopSettings.defaults(defaultRetentionDays));
    }

    /** This setup for the next run of the process: the same, but the last run's dates left out. */
    public NewWorkshop forAnotherRun() {
        WorkshopSettings s = settings;
        return new NewWorkshop(title, focus, languages, prompts, perspectives, new WorkshopSettings(s.dotBudget(), s.dotCap(),
                s.ideaDotBudget(), s.ideaDotCap(), s.topThemes(), s.lensNames(), s.retentionDays(), s.facilitatorEmails(),
                null, null, s.shortlistSize(), s.quietDays(), s.holdContributions()));
    }
}
