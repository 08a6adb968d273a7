package org.commonground.keepingintouch;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.board.Boards;
import org.commonground.board.People;
import org.commonground.board.Snapshot;
import org.commonground.themes.Theme;

/**
 * Stage 7 of the method, "you said, we did", for anyone with the workshop's code: the themes
 * people named and how many said each, the priorities, and what is being done about them with
 * its progress, and how many took part (joined, answered beforehand, answers written down for
 * people in the room, counted apart). Nobody is named beyond a first name.
 */
public record Outcomes(String title, String focus, Object wording, String phase, List<ThemeLine> themes, List<ThemeLine> priorities,
                       List<Plan> plans, int joined, int answeredBeforehand, int writtenDown) {

    public record ThemeLine(String category, String title, int statements, int dots) {}

    public record Plan(String title, String idea, String lead, List<Step> steps, String measure, String status, List<Update> updates) {}

    public record Step(String text, String owner, String due) {}

    public record Update(String text, String status, Instant at) {}

    public static Outcomes of(Snapshot s) {
        Map<String, Long> counts = Boards.statementCounts(s.statements());
        List<ThemeLine> themes = Boards.ranked(s).stream().map(t -> line(t, counts)).toList();
        List<ThemeLine> priorities = Boards.priorities(s).stream().map(t -> line(t, counts)).toList();
        Map<String, String> ideas = new HashMap<>();
        s.ideas().forEach(i -> ideas.put(i.id(), i.text()));
        List<Plan> plans = s.actions().stream().sorted(Comparator.comparing(ActionPlan::id)).map(a -> new Plan(a.title(),
                ideas.get(a.ideaId()), a.lead().firstName(),
                a.steps().stream().map(st -> new Step(st.text(), ActionPlan.firstName(st.owner()), st.due())).toList(),
                a.measure(), a.status().wire(),
                s.updates().stream().filter(u -> u.actionId().equals(a.id())).sorted(Comparator.comparing(ProgressUpdate::id).reversed())
                        .map(u -> new Update(u.text(), u.status().wire(), u.at())).toList())).toList();
        People who = People.of(s);
        return new Outcomes(s.workshop().title().en(), s.workshop().focus().en(),
                java.util.Map.of("title", s.workshop().title(), "focus", s.workshop().focus()), s.workshop().phase().wire(), themes, priorities, plans,
                who.joined(), who.answeredBeforehand(), who.writtenDown());
    }

    private static ThemeLine line(Theme t, Map<String, Long> counts) {
        return new ThemeLine(t.category().wire(), t.title(), counts.getOrDefault(t.id(), 0L).intValue(), t.dots());
    }
}
