package org.commonground.workshops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API shows of a workshop: the facilitator's view and the join page's view. Fields in
 * a fixed order; a field with no value is shown as null.
 */
public final class WorkshopViews {
    private WorkshopViews() {}

    /**
     * The facilitator's view: id, code, join link (on {@code site}, the address the request came
     * through), title, focus, phase, version, languages, prompts, perspectives, settings, createdAt.
     */
    public static Map<String, Object> facilitator(String site, Workshop w) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", w.id());
        view.put("code", w.code());
        view.put("joinUrl", Workshops.joinUrl(site, w));
        view.put("title", w.title().en());
        view.put("focus", w.focus().en());
        view.put("wording", wording(w));
        view.put("phase", w.phase());
        view.put("version", w.version());
        view.put("languages", w.languages());
        view.put("prompts", w.prompts());
        view.put("perspectives", w.perspectives());
        view.put("settings", w.settings());
        view.put("createdAt", w.createdAt());
        return view;
    }

    /**
     * The console's list: {@code workshops}, each in the facilitator's view, and
     * {@code mailSandbox}, whether email still goes only to verified addresses (SES's sandbox).
     */
    public static Map<String, Object> list(String site, List<Workshop> workshops, boolean mailSandbox) {
        return Map.of("workshops", workshops.stream().map(w -> facilitator(site, w)).toList(), "mailSandbox", mailSandbox);
    }

    /**
     * What anyone with the join code sees before joining: the workshop's id, code, title, focus,
     * phase, prompts, perspectives and languages; nothing about the people in it.
     */
    public static Map<String, Object> join(Workshop w) {
        Map<String, Object> join = new LinkedHashMap<>();
        join.put("workshopId", w.id());
        join.put("code", w.code());
        join.put("title", w.title().en());
        join.put("focus", w.focus().en());
        join.put("wording", wording(w));
        join.put("phase", w.phase());
        join.put("prompts", w.prompts());
        join.put("perspectives", w.perspectives());
        join.put("languages", w.languages());
        return join;
    }

    /** The title and focus in both languages; {@code title} and {@code focus} alone are the English. */
    public static Map<String, Wording> wording(Workshop w) {
        return Map.of("title", w.title(), "focus", w.focus());
    }
}
