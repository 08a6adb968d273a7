package org.commonground.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonground.auth.SignIn;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Text;
import org.commonground.workshops.Defaults;
import org.commonground.workshops.NewWorkshop;
import org.commonground.workshops.Perspective;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.PromptWording;
import org.commonground.workshops.Wording;
import org.commonground.workshops.WorkshopSettings;
import org.commonground.workshops.Workshops;

/**
 * The bodies of the workshops function's requests, read into the plain values the domain takes.
 * Text people read (title, focus, prompts, perspectives) is a string or
 * {@code {"en": "...", "cy": "..."}}. Each method throws a 400 problem naming the field and
 * saying what to send instead.
 */
public final class WorkshopRequests {
    private WorkshopRequests() {}

    /** The fields a workshop's setup may be given or changed with. */
    public static final Set<String> FIELDS = Set.of("title", "focus", "languages", "prompts", "perspectives", "settings");
    /** A new workshop may also name one to copy its setup from. */
    public static final Set<String> CREATE_FIELDS = Set.of("title", "focus", "languages", "prompts", "perspectives", "settings", "copyFrom");
    private static final Set<String> SETTINGS = Set.of("dotBudget", "dotCap", "ideaDotBudget", "ideaDotCap", "topThemes", "shortlistSize",
            "lensNames", "retentionDays", "facilitatorEmails", "day1Date", "day2Date", "quietDays", "holdContributions");

    /** The id of the workshop a new one copies its setup from, or null for a fresh one. */
    public static String copyFrom(RequestBody body) {
        return body.optionalText("copyFrom").orElse(null);
    }

    /**
     * The setup {@code body} asks for: the fields it gives, checked, over {@code base} for those it
     * leaves out (the method's defaults, the workshop being changed, or the one copied). A focus
     * left out is the title; a title is required when {@code base} has none.
     */
    public static NewWorkshop setup(RequestBody body, NewWorkshop base) {
        Wording title = body.has("title") ? textOrWording(body, "title", 120) : base.title();
        if (title == null) throw RequestBody.missing("title");
        Wording focus = body.has("focus") ? textOrWording(body, "focus", 1000) : base.focus() != null ? base.focus() : title;
        List<String> languages = body.has("languages") ? languages(body) : base.languages();
        List<PromptWording> prompts = prompts(body, base.prompts());
        List<Perspective> perspectives = body.has("perspectives") ? perspectives(body) : base.perspectives();
        WorkshopSettings settings = settings(body, base.settings());
        return new NewWorkshop(title, focus, languages, prompts, perspectives, settings);
    }

    private static List<String> languages(RequestBody body) {
        List<String> languages = new ArrayList<>();
        for (JsonNode node : body.optionalList("languages", 2).orElse(List.of())) {
            String language = node.asText();
            if (!Defaults.LANGUAGES.contains(language)) {
                throw Problem.invalid("invalid_field", "'languages' may hold \"en\" (English) and \"cy\" (Welsh).");
            }
            if (!languages.contains(language)) languages.add(language);
        }
        return languages.isEmpty() ? Defaults.LANGUAGES : List.copyOf(languages);
    }

    private static List<PromptWording> prompts(RequestBody body, List<PromptWording> base) {
        List<PromptWording> prompts = new ArrayList<>(base);
        for (JsonNode node : body.optionalList("prompts", 3).orElse(List.of())) {
            if (!(node instanceof ObjectNode object)) {
                throw RequestBody.wrongType("prompts", "a list of objects like {\"id\": \"working\", \"text\": {\"en\": \"...\", \"cy\": \"...\"}}");
            }
            RequestBody prompt = RequestBody.of(object, Set.of("id", "text"), "prompts[].");
            String id = prompt.text("id");
            Prompt which = Prompt.fromWire(id).orElseThrow(() -> Problem.invalid("invalid_field",
                    "A prompt's 'id' must be working, not_working or future."));
            Wording text = wording(prompt, "text", 300);
            prompts.set(which.ordinal(), new PromptWording(which.wire(), text));
        }
        return List.copyOf(prompts);
    }

    private static List<Perspective> perspectives(RequestBody body) {
        var given = body.optionalList("perspectives", 12);
        if (given.isEmpty() || given.get().isEmpty()) return Defaults.PERSPECTIVES;
        List<Perspective> perspectives = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode node : given.get()) {
            Perspective perspective;
            if (node.isTextual()) {
                String label = Text.clean(node.textValue(), "perspective", 120);
                perspective = new Perspective(Perspective.idFor(label), new Wording(label, label));
            } else if (node instanceof ObjectNode object) {
                RequestBody p = RequestBody.of(object, Set.of("id", "label"), "perspectives[].");
                Wording label = wording(p, "label", 120);
                perspective = new Perspective(p.optionalText("id").map(Perspective::idFor).orElse(Perspective.idFor(label.en())), label);
            } else {
                throw RequestBody.wrongType("perspectives", "a list of names, or of objects like {\"id\": \"carer\", \"label\": {\"en\": \"...\", \"cy\": \"...\"}}");
            }
            if (!ids.add(perspective.id())) {
                throw Problem.invalid("invalid_field", "Two perspectives have the same name. Give each perspective its own name.");
            }
            perspectives.add(perspective);
        }
        return List.copyOf(perspectives);
    }

    private static WorkshopSettings settings(RequestBody body, WorkshopSettings d) {
        RequestBody s = body.optionalObject("settings", SETTINGS).orElse(null);
        if (s == null) return d;
        int dotBudget = s.optionalWholeNumber("dotBudget", 1, 20).orElse(d.dotBudget());
        int dotCap = s.optionalWholeNumber("dotCap", 1, 20).orElse(Math.min(d.dotCap(), dotBudget));
        int ideaDotBudget = s.optionalWholeNumber("ideaDotBudget", 1, 20).orElse(d.ideaDotBudget());
        int ideaDotCap = s.optionalWholeNumber("ideaDotCap", 1, 20).orElse(Math.min(d.ideaDotCap(), ideaDotBudget));
        WorkshopSettings.checkDotCaps(dotBudget, dotCap, ideaDotBudget, ideaDotCap);
        String lensNames = s.optionalText("lensNames").orElse(d.lensNames());
        if (!WorkshopSettings.LENS_NAMES.contains(lensNames)) {
            throw Problem.invalid("invalid_field", "'lensNames' must be \"descriptive\" or \"chefs\".");
        }
        List<String> emails = d.facilitatorEmails();
        if (s.has("facilitatorEmails")) {
            emails = new ArrayList<>();
            for (JsonNode node : s.optionalList("facilitatorEmails", 20).orElseThrow()) {
                if (!node.isTextual()) throw RequestBody.wrongType("facilitatorEmails", "a list of email addresses");
                emails.add(SignIn.normalise(node.textValue()));
            }
        }
        return new WorkshopSettings(dotBudget, dotCap, ideaDotBudget, ideaDotCap,
                s.optionalWholeNumber("topThemes", 1, 10).orElse(d.topThemes()),
                lensNames,
                s.optionalWholeNumber("retentionDays", 30, 3650).orElse(d.retentionDays()),
                List.copyOf(emails),
                s.isPresent("day1Date") ? date(s, "day1Date") : d.day1Date(),
                s.isPresent("day2Date") ? date(s, "day2Date") : d.day2Date(),
                s.optionalWholeNumber("shortlistSize", 1, 20).orElse(d.shortlistSize()),
                s.optionalWholeNumber("quietDays", 3, 90).orElse(d.quietDays()),
                s.optionalBoolean("holdContributions").orElse(d.holdContributions()));
    }

    private static String date(RequestBody s, String field) {
        String value = s.optionalText(field).orElse(null);
        if (value == null || value.isBlank()) return null;
        try {
            return java.time.LocalDate.parse(value.strip()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.invalid("invalid_field", "'" + field + "' must be a date like 2027-03-18.");
        }
    }

    /** Text people read: one string for both languages, or {"en": "...", "cy": "..."}. */
    private static Wording textOrWording(RequestBody body, String field, int max) {
        if (body.isObject(field)) return wording(body, field, max);
        String text = Text.clean(body.text(field), field, max);
        return new Wording(text, text);
    }

    private static Wording wording(RequestBody body, String field, int max) {
        RequestBody words = body.optionalObject(field, Set.of("en", "cy")).orElseThrow(() -> RequestBody.missing(field));
        String en = Text.clean(words.text("en"), field + " in English", max);
        String cy = words.optionalText("cy").filter(t -> !t.isBlank()).map(t -> Text.clean(t, field + " in Welsh", max)).orElse(en);
        return new Wording(en, cy);
    }

    /** Whether a contribution is to be hidden ({@code hidden}: true or false, required). */
    public static boolean hidden(RequestBody body) {
        return body.optionalBoolean("hidden").orElseThrow(() -> RequestBody.missing("hidden"));
    }

    /** The stage to move to, by its wire name ({@code phase}, required); {@link Phase#named} refuses an unknown one. */
    public static Phase phase(RequestBody body) {
        return Phase.named(body.text("phase"));
    }

    /** The timer's length in seconds ({@code seconds}, required), from 0 (off) to {@link Workshops#LONGEST_TIMER}. */
    public static int timerSeconds(RequestBody body) {
        return body.optionalWholeNumber("seconds", 0, Workshops.LONGEST_TIMER).orElseThrow(() -> RequestBody.missing("seconds"));
    }

    /** Which day's summary to send ({@code day}: 1 or 2, required). */
    public static int summaryDay(RequestBody body) {
        return body.optionalWholeNumber("day", 1, 2).orElseThrow(() -> Problem.invalid("missing_field", "Please give 'day': 1 or 2."));
    }
}
