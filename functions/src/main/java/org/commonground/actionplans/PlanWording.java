package org.commonground.actionplans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.grid.Position;
import org.commonground.themes.Lens;

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
    public static final Map<String, Map<String, String>> LABELS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("status_not_started", "Not started"),
                    Map.entry("status_in_progress", "In progress"),
                    Map.entry("status_done", "Done"),
                    Map.entry("status_stuck", "Stuck"),
                    Map.entry("digestHeading", "What has happened"),
                    Map.entry("digestIntro", "Here is the news on the action plans from the workshop you took part in."),
                    Map.entry("outcomesLink", "See everything that came of the workshop"),
                    Map.entry("unsubscribeLink", "Stop these emails"),
                    Map.entry("reminderHeading", "A reminder about your action plan"),
                    Map.entry("dueSoonLine", "This step is due soon:"),
                    Map.entry("quietLine", "There has been no news on this plan for a while. How is it going? Even a short note helps the people who took part."),
                    Map.entry("postLink", "Say how it is going (this link is just for you, please do not share it)"),
                    Map.entry("idea", "The idea"),
                    Map.entry("lead", "Lead"),
                    Map.entry("steps", "Steps"),
                    Map.entry("owner", "who"),
                    Map.entry("due", "by"),
                    Map.entry("involve", "Who else to involve"),
                    Map.entry("measure", "How we will know it worked"),
                    Map.entry("supporters", "people signed up to help"),
                    Map.entry("yourPlan", "Your action plan"),
                    Map.entry("yourPlanIntro", "Thank you for leading this action. Here is the plan as it was written on the day."),
                    Map.entry("progressLink", "Post progress on this plan (this link is just for you, please do not share it)"),
                    Map.entry("plansJoined", "The action plans you joined"),
                    Map.entry("plansJoinedIntro", "You signed up to help with these plans. Thank you."),
                    Map.entry("why", "You are getting this email because you agreed to get updates from this workshop."),
                    Map.entry("leadWhy", "You are getting this email because you agreed to lead this action."),
                    Map.entry("quick_win", "Quick win"),
                    Map.entry("major_project", "Major project"),
                    Map.entry("small_tweak", "Small tweak"),
                    Map.entry("reconsider", "Reconsider"),
                    Map.entry("lens_traditional", "Traditional or service ideas"),
                    Map.entry("lens_community", "Community ideas"),
                    Map.entry("lens_radical", "Radical ideas"),
                    Map.entry("lensChef_traditional", "Delia: traditional or service ideas"),
                    Map.entry("lensChef_community", "Jamie: community ideas"),
                    Map.entry("lensChef_radical", "Heston: radical ideas")),
            "cy", Map.ofEntries(
                    Map.entry("status_not_started", "Heb ddechrau"),
                    Map.entry("status_in_progress", "Ar y gweill"),
                    Map.entry("status_done", "Wedi'i wneud"),
                    Map.entry("status_stuck", "Yn sownd"),
                    Map.entry("digestHeading", "Y newyddion diweddaraf"),
                    Map.entry("digestIntro", "Dyma'r newyddion am y cynlluniau gweithredu o'r gweithdy y gwnaethoch chi gymryd rhan ynddo."),
                    Map.entry("outcomesLink", "Gweld popeth a ddaeth o'r gweithdy"),
                    Map.entry("unsubscribeLink", "Peidio ag anfon yr e-byst hyn"),
                    Map.entry("reminderHeading", "Nodyn atgoffa am eich cynllun gweithredu"),
                    Map.entry("dueSoonLine", "Mae'r cam hwn i fod i ddigwydd yn fuan:"),
                    Map.entry("quietLine", "Does dim newyddion wedi bod am y cynllun hwn ers tro. Sut mae'n mynd? Mae hyd yn oed nodyn byr yn helpu'r bobl a gymerodd ran."),
                    Map.entry("postLink", "Dywedwch sut mae'n mynd (mae'r ddolen hon i chi yn unig, peidiwch â'i rhannu)"),
                    Map.entry("idea", "Y syniad"),
                    Map.entry("lead", "Arweinydd"),
                    Map.entry("steps", "Camau"),
                    Map.entry("owner", "pwy"),
                    Map.entry("due", "erbyn"),
                    Map.entry("involve", "Pwy arall i'w cynnwys"),
                    Map.entry("measure", "Sut y byddwn ni'n gwybod ei fod wedi gweithio"),
                    Map.entry("supporters", "o bobl wedi cofrestru i helpu"),
                    Map.entry("yourPlan", "Eich cynllun gweithredu"),
                    Map.entry("yourPlanIntro", "Diolch am arwain y cam gweithredu hwn. Dyma'r cynllun fel y cafodd ei ysgrifennu ar y diwrnod."),
                    Map.entry("progressLink", "Rhoi gwybod am gynnydd ar y cynllun hwn (mae'r ddolen hon i chi yn unig, peidiwch â'i rhannu)"),
                    Map.entry("plansJoined", "Y cynlluniau gweithredu y gwnaethoch chi ymuno â nhw"),
                    Map.entry("plansJoinedIntro", "Gwnaethoch chi gofrestru i helpu gyda'r cynlluniau hyn. Diolch."),
                    Map.entry("why", "Rydych chi'n cael yr e-bost hwn oherwydd i chi gytuno i gael newyddion gan y gweithdy hwn."),
                    Map.entry("leadWhy", "Rydych chi'n cael yr e-bost hwn oherwydd i chi gytuno i arwain y cam gweithredu hwn."),
                    Map.entry("quick_win", "Enillion cyflym"),
                    Map.entry("major_project", "Prosiect mawr"),
                    Map.entry("small_tweak", "Newid bach"),
                    Map.entry("reconsider", "Ailystyried"),
                    Map.entry("lens_traditional", "Syniadau traddodiadol neu wasanaeth"),
                    Map.entry("lens_community", "Syniadau cymunedol"),
                    Map.entry("lens_radical", "Syniadau radical"),
                    Map.entry("lensChef_traditional", "Delia: syniadau traddodiadol neu wasanaeth"),
                    Map.entry("lensChef_community", "Jamie: syniadau cymunedol"),
                    Map.entry("lensChef_radical", "Heston: syniadau radical")));

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
        return m;
    }
}
