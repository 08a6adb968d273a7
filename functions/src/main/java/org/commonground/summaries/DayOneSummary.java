package org.commonground.summaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.actionplans.PlanWording;
import org.commonground.board.Boards;
import org.commonground.board.People;
import org.commonground.board.Snapshot;
import org.commonground.statements.Participant;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.workshops.Perspective;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshop;
import org.commonground.kernel.Wording;

/**
 * What the facilitators read after day 1, in English then Welsh: who took part, the themes
 * and their statements counts, the votes overall and by perspective, the why-chains and
 * what success would look like. Built from data only; the templates do the wording.
 */
final class DayOneSummary {
    private DayOneSummary() {}

    private static final Map<String, Map<String, String>> LABELS = Map.of("en", Wording.labels("en", "day1"), "cy", Wording.labels("cy", "day1"));

    static Map<String, Object> model(Snapshot s) {
        Workshop w = s.workshop();
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String language : List.of("en", "cy")) languages.add(language(s, language));
        return Map.of("title", w.title().en(), "languages", languages);
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
        Map<String, String> perspectiveOf = new HashMap<>();
        Map<String, Integer> statementsBy = new LinkedHashMap<>();
        for (Perspective p : w.perspectives()) statementsBy.put(p.id(), 0);
        for (Participant p : s.participants()) perspectiveOf.put(p.id(), p.perspective());
        List<Statement> visible = s.statements().stream().filter(st -> !st.hidden()).toList();
        for (Statement st : visible) {
            String perspective = st.perspective() != null ? st.perspective() : perspectiveOf.getOrDefault(st.participantId(), "?");
            statementsBy.merge(perspective, 1, Integer::sum);
        }
        m.put("joined", who.joined());
        m.put("beforehand", who.answeredBeforehand());
        m.put("writtenDown", who.writtenDown());
        m.put("totalStatements", CountWords.statements(language, visible.size()));
        List<Map<String, Object>> people = new ArrayList<>();
        for (Perspective p : w.perspectives()) {
            People.Count count = who.byPerspective().get(p.id());
            people.add(Map.of("label", p.label().in(language), "joined", count.joined(), "beforehand", count.answeredBeforehand(),
                    "statements", CountWords.statements(language, statementsBy.get(p.id()))));
        }
        m.put("perspectives", people);

        Map<String, Long> counts = new HashMap<>();
        visible.forEach(st -> { if (st.themeId() != null) counts.merge(st.themeId(), 1L, Long::sum); });
        List<Map<String, Object>> categories = new ArrayList<>();
        List<Theme> ranked = Boards.ranked(s);
        for (Prompt prompt : Prompt.values()) {
            List<Map<String, Object>> themes = new ArrayList<>();
            for (Theme t : ranked) {
                if (t.category() != prompt) continue;
                themes.add(Map.of("title", t.title(), "count", CountWords.statements(language, counts.getOrDefault(t.id(), 0L)),
                        "dots", CountWords.dots(language, t.dots()),
                        "byPerspective", byPerspective(w, t, language)));
            }
            categories.add(Map.of("name", labels.get(prompt.wire()), "themes", themes, "none", themes.isEmpty()));
        }
        m.put("categories", categories);

        List<Map<String, Object>> priorities = new ArrayList<>();
        for (Theme t : Boards.priorities(s)) {
            List<Map<String, Object>> causes = new ArrayList<>();
            chain(s.causes(), t.id(), null, causes);
            List<Map<String, Object>> success = new ArrayList<>();
            for (Perspective p : w.perspectives()) {
                List<String> said = s.successes().stream()
                        .filter(su -> su.themeId().equals(t.id()) && su.perspective().equals(p.id()))
                        .sorted(Comparator.comparing(SuccessStatement::id)).map(SuccessStatement::text).toList();
                if (!said.isEmpty()) success.add(Map.of("perspective", p.label().in(language), "statements", said));
            }
            priorities.add(Map.of("title", t.title(), "dots", CountWords.dots(language, t.dots()), "causes", causes, "noCauses", causes.isEmpty(),
                    "success", success, "noSuccess", success.isEmpty()));
        }
        m.put("priorities", priorities);
        return m;
    }

    private static List<Map<String, Object>> byPerspective(Workshop w, Theme t, String language) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Perspective p : w.perspectives()) {
            int dots = t.dotsByPerspective().getOrDefault(p.id(), 0);
            if (dots > 0) rows.add(Map.of("label", p.label().in(language), "dots", dots));
        }
        return rows;
    }

    /** The why-chains, flattened in reading order, each with its depth for indenting. */
    private static void chain(List<Cause> causes, String themeId, String parentId, List<Map<String, Object>> out) {
        causes.stream()
                .filter(c -> c.themeId().equals(themeId) && java.util.Objects.equals(c.parentId(), parentId))
                .sorted(Comparator.comparing(Cause::id))
                .forEach(c -> {
                    out.add(Map.of("text", c.text(), "indent", (c.depth() - 1) * 2, "prefix", "  ".repeat(c.depth() - 1) + "- "));
                    chain(causes, themeId, c.id(), out);
                });
    }
}
