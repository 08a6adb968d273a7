package org.commonground.board;

import java.util.List;
import java.util.Map;
import org.commonground.actions.ActionPlan;
import org.commonground.actions.ProgressUpdate;
import org.commonground.actions.Supporter;
import org.commonground.clustering.Theme;
import org.commonground.grid.GridState;
import org.commonground.outbox.UndeliveredEmail;
import org.commonground.responses.Cause;
import org.commonground.responses.Idea;
import org.commonground.responses.ImportRecord;
import org.commonground.responses.InPlaceItem;
import org.commonground.responses.Participant;
import org.commonground.responses.Statement;
import org.commonground.responses.SuccessStatement;
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
        List<UndeliveredEmail> undelivered,
        List<ImportRecord> imports) {

    /** The ideas going onto the grid: the facilitator's choice, or the top ones by dots. */
    public List<String> shortlist() {
        return grid.shortlist(ideas, workshop.settings().shortlistSize());
    }
}
