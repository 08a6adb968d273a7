package org.commonground.actionplans;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.commonground.outbox.Outbox;

/** What the API answers when a plan is made or handed over. Fields in a fixed order; one left out has no value. */
public final class PlanViews {
    private PlanViews() {}

    /**
     * A new plan: {@code id}; {@code leadEmail}, what became of the email to its lead, in lower
     * case, when one was sent; {@code advice} {code, message} when the first step is later than
     * the method advises.
     */
    public static Map<String, Object> created(ActionPlanning.Created created) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", created.plan().id());
        if (created.leadEmail() != null) view.put("leadEmail", wire(created.leadEmail()));
        if (created.firstStepLater()) {
            view.put("advice", Map.of("code", "first_step_later", "message", "Saved. The method suggests a first step within two weeks, "
                    + "while people still remember the day: if something smaller could happen sooner, add it as the first step."));
        }
        return view;
    }

    /** A plan handed to a new lead: {@code actionId}, {@code leadName}, and {@code leadEmail} as above when they were emailed. */
    public static Map<String, Object> handedOver(String actionId, ActionPlan.Lead lead, Outbox.Result sent) {
        Map<String, Object> view = new LinkedHashMap<>(Map.of("actionId", actionId, "leadName", lead.name()));
        if (sent != null) view.put("leadEmail", wire(sent));
        return view;
    }

    private static String wire(Outbox.Result result) {
        return result.name().toLowerCase(Locale.ROOT);
    }
}
