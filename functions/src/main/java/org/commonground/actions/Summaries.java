package org.commonground.actions;

import java.util.List;
import org.commonground.Problem;
import org.commonground.board.Snapshot;
import org.commonground.board.Snapshots;
import org.commonground.outbox.Email;
import org.commonground.outbox.EmailTemplates;
import org.commonground.outbox.Outbox;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshops;

/**
 * The day summaries the facilitators get: sent when the facilitator leaves the day's last
 * stage, or when asked. Each is sent once per workshop, however often it is asked for.
 */
public final class Summaries {
    private final Snapshots snapshots;
    private final Outbox outbox;

    public Summaries(Snapshots snapshots, Outbox outbox) {
        this.snapshots = snapshots;
        this.outbox = outbox;
    }

    /** Day 1 runs from clustering to success; moving from there to a later stage ends it. */
    public static boolean endsDayOne(Phase from, Phase to) {
        return from.compareTo(Phase.CLUSTERING) >= 0 && from.compareTo(Phase.SUCCESS) <= 0 && to.compareTo(Phase.SUCCESS) > 0;
    }

    public Outbox.Result sendDayOne(String workshopId) {
        Snapshot snapshot = snapshots.load(workshopId).orElseThrow(Workshops::missing);
        List<String> to = Workshops.facilitators(snapshot.workshop());
        if (to.isEmpty()) {
            throw Problem.conflict("no_facilitators", "This workshop has no facilitator addresses to send the summary to.");
        }
        var model = DayOneSummary.model(snapshot);
        String title = snapshot.workshop().title();
        return outbox.send(new Email("summary#" + workshopId + "#day1", "day-1-summary", to,
                "Day 1 summary: " + title + " / Crynodeb diwrnod 1: " + title,
                EmailTemplates.html("day-1-summary", model), EmailTemplates.text("day-1-summary", model)));
    }
}
