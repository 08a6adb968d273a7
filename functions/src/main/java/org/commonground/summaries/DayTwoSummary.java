package org.commonground.summaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.PlanWording;
import org.commonground.board.Boards;
import org.commonground.board.People;
import org.commonground.board.Snapshot;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.Lens;
import org.commonground.themes.Theme;
import org.commonground.workshops.Perspective;
import org.commonground.workshops.Workshop;
import org.commonground.kernel.Wording;

/**
 * What the facilitators read after day 2, in English then Welsh: what is already in place,
 * the ideas by lens, the idea votes, the grid as a table and the action plans.
 */
final class DayTwoSummary {
    private DayTwoSummary() {}

    private static final Map<String, Map<String, String>> LABELS = Map.of("en", Wording.labels("en", "day2"), "cy", Wording.labels("cy", "day2"));

    static Map<String, Object> model(Snapshot s) {
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String language : PlanWording.LANGUAGES) languages.add(language(s, language));
        return Map.of("title", s.workshop().title().en(), "languages", languages);
    }

    private static Map<String, Object> language(Snapshot s, String language) {
        Workshop w = s.workshop();
        Map<String, String> labels = new HashMap<>(PlanWording.LABELS.get(language));
        labels.putAll(LABELS.get(language));
        Map<String, Object> m = new HashMap<>();
        m.put("lang", language);
        m.put("labels", labels);
        m.put("title", w.title().in(language));
        People who = People.of(s);
        m.put("joined", who.joined());
        m.put("beforehand", who.answeredBeforehand());
        m.put("writtenDown", who.writtenDown());

        List<Theme> priorities = Boards.priorities(s);
        List<Map<String, Object>> themes = new ArrayList<>();
        for (Theme t : priorities) themes.add(theme(s, language, t.id(), t.title()));
        java.util.Set<String> known = new java.util.HashSet<>();
        priorities.forEach(t -> known.add(t.id()));
        if (s.ideas().stream().anyMatch(i -> i.themeId() == null || !known.contains(i.themeId()))) {
            themes.add(theme(s, language, null, labels.get("otherIdeas")));
        }
        m.put("themes", themes);

        List<Map<String, Object>> votes = new ArrayList<>();
        s.ideas().stream().filter(i -> i.dots() > 0)
                .sorted(Comparator.comparingInt(Idea::dots).reversed().thenComparing(Idea::id))
                .forEach(i -> votes.add(Map.of("text", i.text(), "dots", CountWords.dots(language, i.dots()), "byPerspective", byPerspective(w, i, language))));
        m.put("votes", votes);
        m.put("noVotes", votes.isEmpty());

        Map<String, Idea> ideas = new HashMap<>();
        s.ideas().forEach(i -> ideas.put(i.id(), i));
        List<Map<String, Object>> grid = new ArrayList<>();
        for (String id : s.shortlist()) {
            Map<String, Object> row = new HashMap<>();
            row.put("text", ideas.get(id).text());
            row.put("placements", s.grid().placementsOf(id).size());
            s.grid().position(id).ifPresentOrElse(p -> {
                row.put("effort", number(p.effort()));
                row.put("difference", number(p.difference()));
                row.put("quadrant", PlanWording.quadrant(language, p.quadrant()));
            }, () -> row.put("quadrant", labels.get("notPlaced")));
            row.put("fixed", s.grid().fixed().containsKey(id));
            grid.add(row);
        }
        m.put("grid", grid);
        m.put("noGrid", grid.isEmpty());

        List<Map<String, Object>> plans = new ArrayList<>();
        s.actions().stream().sorted(Comparator.comparing(ActionPlan::id)).forEach(a -> plans.add(PlanWording.plan(a,
                ideas.containsKey(a.ideaId()) ? ideas.get(a.ideaId()).text() : null,
                (int) s.supporters().stream().filter(sp -> sp.actionId().equals(a.id())).count())));
        m.put("plans", plans);
        m.put("noPlans", plans.isEmpty());
        return m;
    }

    /** A priority theme (or, with a null id, the ideas for no priority theme): what is in place and its ideas by lens. */
    private static Map<String, Object> theme(Snapshot s, String language, String themeId, String title) {
        java.util.Set<String> priorityIds = new java.util.HashSet<>();
        Boards.priorities(s).forEach(t -> priorityIds.add(t.id()));
        List<String> inPlace = themeId == null ? List.of() : s.inPlace().stream().filter(i -> themeId.equals(i.themeId()))
                .sorted(Comparator.comparing(InPlaceItem::id)).map(InPlaceItem::text).toList();
        List<Map<String, Object>> lenses = new ArrayList<>();
        for (Lens lens : Lens.values()) {
            List<String> ideas = s.ideas().stream()
                    .filter(i -> i.lens() == lens && (themeId == null ? i.themeId() == null || !priorityIds.contains(i.themeId())
                            : themeId.equals(i.themeId())))
                    .sorted(Comparator.comparing(Idea::id)).map(Idea::text).toList();
            if (!ideas.isEmpty()) lenses.add(Map.of("name", PlanWording.lens(language, s.workshop().settings().lensNames(), lens), "ideas", ideas));
        }
        return Map.of("title", title, "inPlace", inPlace, "hasInPlace", !inPlace.isEmpty(), "lenses", lenses, "noIdeas", lenses.isEmpty());
    }

    private static List<Map<String, Object>> byPerspective(Workshop w, Idea i, String language) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Perspective p : w.perspectives()) {
            int dots = i.dotsByPerspective().getOrDefault(p.id(), 0);
            if (dots > 0) rows.add(Map.of("label", p.label().in(language), "dots", dots));
        }
        return rows;
    }

    /** Whole numbers without a decimal point, halves with one. */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
