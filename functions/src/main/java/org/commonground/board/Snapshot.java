package org.commonground.board;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.actionplans.Supporter;
import org.commonground.grid.GridState;
import org.commonground.outbox.UndeliveredEmail;
import org.commonground.statements.ImportRecord;
import org.commonground.statements.Participant;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.voting.Vote;
import org.commonground.workshops.StageTimer;
import org.commonground.workshops.Workshop;

/**
 * Everything recorded about one workshop, read at once. {@code hidden} and {@code held} are
 * the ids of contributions of every kind that a facilitator hid, or that wait for one to let
 * them through ("Hidden contributions" in DESIGN.md). {@code timer} is null when no countdown is set.
 */
public record Snapshot(
        Workshop workshop,
        List<Participant> participants,
        List<Statement> statements,
        List<Theme> themes,
        List<Vote> votes,
        Map<String, Integer> themeDotsSpent,
        List<Cause> causes,
        List<SuccessStatement> successes,
        List<InPlaceItem> inPlace,
        List<Idea> ideas,
        Map<String, Integer> ideaDotsSpent,
        GridState grid,
        List<ActionPlan> actions,
        List<Supporter> supporters,
        List<ProgressUpdate> updates,
        List<UndeliveredEmail> undelivered,
        StageTimer timer,
        List<ImportRecord> imports,
        Set<String> hidden,
        Set<String> held) {

    /** What people have already done that a change to the workshop's setup must keep (see {@link org.commonground.workshops.Workshops#change}). */
    public org.commonground.workshops.InUse inUse() {
        java.util.Set<String> perspectives = new java.util.HashSet<>();
        java.util.Set<String> languages = new java.util.HashSet<>();
        participants.forEach(p -> { perspectives.add(p.perspective()); languages.add(p.language()); });
        statements.forEach(st -> { if (st.perspective() != null) perspectives.add(st.perspective()); });
        successes.forEach(su -> perspectives.add(su.perspective()));
        int themeOnOne = 0;
        int ideaOnOne = 0;
        for (Vote v : votes) {
            if (v.round() == Vote.Round.THEMES) themeOnOne = Math.max(themeOnOne, v.dots());
            else ideaOnOne = Math.max(ideaOnOne, v.dots());
        }
        int themeMost = themeDotsSpent.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int ideaMost = ideaDotsSpent.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        boolean anything = !participants.isEmpty() || !statements.isEmpty() || !themes.isEmpty() || !ideas.isEmpty();
        return new org.commonground.workshops.InUse(themeMost, themeOnOne, ideaMost, ideaOnOne, perspectives, languages, anything);
    }

    /** Whether everyone may see this contribution: neither hidden nor waiting. */
    public boolean shown(String id) {
        return !hidden.contains(id) && !held.contains(id);
    }

    /**
     * What everyone but a facilitator may know: the workshop without hidden or held
     * contributions, nor what hangs on them (a "why?" under a hidden cause, the supporters and
     * updates of a hidden plan), so every count, ranking, email and public page built from it
     * leaves them out.
     */
    public Snapshot visible() {
        if (hidden.isEmpty() && held.isEmpty() && statements.stream().noneMatch(Statement::hidden)) return this;
        List<Cause> shownCauses = new ArrayList<>();
        Set<String> shownCauseIds = new HashSet<>();
        // Parents come before their children in id order, as a "why?" is added after its cause.
        for (Cause c : causes.stream().sorted(java.util.Comparator.comparing(Cause::id)).toList()) {
            if (shown(c.id()) && (c.parentId() == null || shownCauseIds.contains(c.parentId()))) {
                shownCauses.add(c);
                shownCauseIds.add(c.id());
            }
        }
        List<ActionPlan> shownActions = actions.stream().filter(a -> shown(a.id())).toList();
        Set<String> shownActionIds = new HashSet<>();
        shownActions.forEach(a -> shownActionIds.add(a.id()));
        return new Snapshot(workshop, participants,
                statements.stream().filter(st -> !st.hidden() && shown(st.id())).toList(),
                themes, votes, themeDotsSpent, shownCauses,
                successes.stream().filter(su -> shown(su.id())).toList(),
                inPlace.stream().filter(i -> shown(i.id())).toList(),
                ideas.stream().filter(i -> shown(i.id())).toList(),
                ideaDotsSpent, grid, shownActions,
                supporters.stream().filter(sp -> shownActionIds.contains(sp.actionId())).toList(),
                updates.stream().filter(u -> shown(u.id()) && shownActionIds.contains(u.actionId())).toList(),
                undelivered, timer, imports, Set.of(), Set.of());
    }

    /** The ideas going onto the grid: the facilitator's choice, or the top ones by dots. */
    public List<String> shortlist() {
        return grid.shortlist(ideas, workshop.settings().shortlistSize());
    }
}
