package org.commonground.board;

import java.util.List;
import java.util.Map;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.actionplans.Supporter;
import org.commonground.grid.GridState;
import org.commonground.outbox.UndeliveredEmail;
import org.commonground.statements.Participant;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.voting.Vote;
import org.commonground.workshops.Workshop;

/** Everything recorded about one workshop, read at once. */
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
        List<UndeliveredEmail> undelivered) {

    /** The ideas going onto the grid: the facilitator's choice, or the top ones by dots. */
    public List<String> shortlist() {
        return grid.shortlist(ideas, workshop.settings().shortlistSize());
    }
}
