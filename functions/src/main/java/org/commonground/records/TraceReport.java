package org.commonground.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.actionplans.ActionPlan;
import org.commonground.board.Boards;
import org.commonground.board.Snapshot;
import org.commonground.kernel.Templates;
import org.commonground.statements.Statement;
import org.commonground.themes.Idea;
import org.commonground.themes.Theme;

/**
 * The printable report: each action plan traced back to the idea it came from, the theme the
 * idea was for, and the statements people made that formed that theme, in their own words.
 */
public final class TraceReport {
    private TraceReport() {}

    public static String html(Snapshot s) {
        Map<String, Idea> ideas = new HashMap<>();
        s.ideas().forEach(i -> ideas.put(i.id(), i));
        Map<String, Theme> themes = new HashMap<>();
        s.themes().forEach(t -> themes.put(t.id(), t));
        Map<String, List<String>> said = new HashMap<>();
        s.statements().stream().filter(st -> st.themeId() != null && !st.hidden())
                .sorted(Comparator.comparingLong(Statement::themeOrder).thenComparing(Statement::id))
                .forEach(st -> said.computeIfAbsent(st.themeId(), k -> new ArrayList<>()).add(st.text()));

        List<Map<String, Object>> plans = new ArrayList<>();
        for (ActionPlan a : s.actions().stream().sorted(Comparator.comparing(ActionPlan::id)).toList()) {
            Map<String, Object> plan = new HashMap<>();
            plan.put("title", a.title());
            plan.put("lead", a.lead().nameOrNeutral());
            plan.put("status", a.status().wire().replace('_', ' '));
            plan.put("steps", a.steps());
            plan.put("involve", a.involve());
            plan.put("measure", a.measure());
            plan.put("updates", s.updates().stream().filter(u -> u.actionId().equals(a.id()))
                    .map(u -> Map.of("text", u.text(), "status", u.status().wire().replace('_', ' '), "at", u.at().toString().substring(0, 10))).toList());
            Idea idea = ideas.get(a.ideaId());
            if (idea != null) {
                Map<String, Object> from = new HashMap<>();
                from.put("text", idea.text());
                from.put("lens", idea.lens().wire());
                from.put("dots", idea.dots());
                s.grid().position(idea.id()).ifPresent(p -> from.put("quadrant", p.quadrant().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
                plan.put("idea", from);
                Theme theme = idea.themeId() == null ? null : themes.get(idea.themeId());
                if (theme != null) {
                    List<String> statements = said.getOrDefault(theme.id(), List.of());
                    plan.put("theme", Map.of("title", theme.title(), "dots", theme.dots(), "count", statements.size(), "statements", statements));
                }
            }
            plans.add(plan);
        }
        List<Map<String, Object>> priorities = Boards.priorities(s).stream()
                .map(t -> Map.<String, Object>of("title", t.title(), "dots", t.dots(), "statements", said.getOrDefault(t.id(), List.of())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("title", s.workshop().title().en());
        model.put("focus", s.workshop().focus().en());
        org.commonground.board.People who = org.commonground.board.People.of(s);
        model.put("joined", who.joined());
        model.put("beforehand", who.answeredBeforehand());
        model.put("writtenDown", who.writtenDown());
        model.put("statements", s.statements().stream().filter(st -> !st.hidden()).count());
        model.put("themes", s.themes().size());
        model.put("ideas", s.ideas().size());
        model.put("plans", plans);
        model.put("noPlans", plans.isEmpty());
        model.put("priorities", priorities);
        return Templates.html("report", model);
    }
}
