package org.commonground.actionplans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.grid.Position;
import org.commonground.themes.Lens;
import org.commonground.kernel.Wording;

/** The words of day 2 in emails, in English and Welsh, and an action plan as the email templates read it. */
public final class PlanWording {
    private PlanWording() {}

    /** The languages every email is written in, English first. */
    public static final List<String> LANGUAGES = List.of("en", "cy");

    /** Both languages, the person's own first. */
    public static List<String> theirsFirst(String language) {
        return "cy".equals(language) ? List.of("cy", "en") : LANGUAGES;
    }

    /** Language code to label key to words; the keys are the ones {@code web/i18n.js} uses. */
    public static final Map<String, Map<String, String>> LABELS = Map.of("en", Wording.labels("en", null), "cy", Wording.labels("cy", null));

    /** The name of an ideas lens in a language, descriptive or the chef nicknames as the workshop's {@code lensNames} setting says. */
    public static String lens(String language, String lensNames, Lens lens) {
        return LABELS.get(language).get(("chefs".equals(lensNames) ? "lensChef_" : "lens_") + lens.wire());
    }

    /** The name of a grid corner in a language. */
    public static String quadrant(String language, Position.Quadrant quadrant) {
        return LABELS.get(language).get(org.commonground.kernel.WireNames.of(quadrant));
    }

    /** One plan as the {@code plan} partial reads it. */
    public static Map<String, Object> plan(ActionPlan plan, String ideaText, int supporters) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", plan.title());
        m.put("idea", ideaText);
        m.put("lead", plan.lead().name());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (ActionPlan.Step step : plan.steps()) {
            Map<String, Object> s = new HashMap<>();
            s.put("text", step.text());
            s.put("owner", step.owner());
            s.put("due", step.due());
            steps.add(s);
        }
        m.put("steps", steps);
        m.put("involve", plan.involve());
        m.put("measure", plan.measure());
        m.put("supporters", supporters);
        m.put("oneSupporter", supporters == 1);
        return m;
    }
}
