package org.commonground.board;

import java.util.List;
import java.util.Map;
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

/** Everything recorded about one workshop, read at once; {@code timer} is null when no countdown is set. */
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
        List<ImportRecord> imports) {

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

    /** The ideas going onto the grid: the facilitator's choice, or the top ones by dots. */
    public List<String> shortlist() {
        return grid.shortlist(ideas, workshop.settings().shortlistSize());
    }
}
