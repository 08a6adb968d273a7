package org.commonground.actionplans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.kernel.Templates;
import org.commonground.outbox.Email;
import org.commonground.statements.Participant;
import org.commonground.themes.Idea;
import org.commonground.workshops.Workshop;

/** The emails about action plans: to a lead when their plan is made, to supporters at the end of day 2. */
public final class ActionPlanEmails {
    private ActionPlanEmails() {}

    static Email toLead(Workshop workshop, ActionPlan plan, Idea idea, String progressLink) {
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String language : PlanWording.LANGUAGES) {
            Map<String, Object> m = new HashMap<>();
            m.put("lang", language);
            m.put("labels", PlanWording.LABELS.get(language));
            m.put("workshop", workshop.title().in(language));
            m.put("plan", PlanWording.plan(plan, idea == null ? null : idea.text(), 0));
            m.put("link", progressLink);
            m.put("linkWords", PlanWording.LABELS.get(language).get("progressLink"));
            languages.add(m);
        }
        Map<String, Object> model = Map.of("title", plan.title(), "languages", languages);
        // Each lead (each link) gets the plan once; a new lead gets it again.
        return new Email("action#" + plan.id() + "#lead#" + plan.leadTokenHash().substring(0, 16), "action-plan", List.of(plan.lead().email()),
                "Your action plan: " + plan.title() + " / Eich cynllun gweithredu: " + plan.title(),
                Templates.html("action-plan", model), Templates.text("action-plan", model), plan.workshopId());
    }

    /** The plans one person joined, in the language they chose, then the other. */
    public static Email toSupporter(Workshop workshop, Participant person, List<Map<String, Object>> plans) {
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String language : PlanWording.theirsFirst(person.language())) {
            Map<String, Object> m = new HashMap<>();
            m.put("lang", language);
            m.put("labels", PlanWording.LABELS.get(language));
            m.put("workshop", workshop.title().in(language));
            m.put("plans", plans);
            languages.add(m);
        }
        Map<String, Object> model = Map.of("title", workshop.title().in(person.language()), "languages", languages);
        String subject = "cy".equals(person.language())
                ? "Y cynlluniau gweithredu y gwnaethoch chi ymuno â nhw / The action plans you joined: " + workshop.title().cy()
                : "The action plans you joined / Y cynlluniau gweithredu y gwnaethoch chi ymuno â nhw: " + workshop.title().en();
        return new Email("supporter#" + workshop.id() + "#" + person.id() + "#day2", "plans-joined", List.of(person.email()), subject,
                Templates.html("plans-joined", model), Templates.text("plans-joined", model), workshop.id());
    }
}
