package org.commonground.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.commonground.Problem;
import org.commonground.board.Snapshot;
import org.commonground.board.Snapshots;
import org.commonground.outbox.Email;
import org.commonground.outbox.EmailTemplates;
import org.commonground.outbox.Outbox;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * The day summaries the facilitators get: sent when the facilitator leaves the day's last
 * stage, or when asked. Each is sent once per workshop, however often it is asked for.
 */
public final class Summaries {
    /** When a day counts as over for the schedule, in the time of the councils the method serves. */
    static final LocalTime END_OF_DAY = LocalTime.of(18, 0);
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Snapshots snapshots;
    private final Workshops workshops;
    private final Outbox outbox;

    public Summaries(Snapshots snapshots, Workshops workshops, Outbox outbox) {
        this.snapshots = snapshots;
        this.workshops = workshops;
        this.outbox = outbox;
    }

    /**
     * The schedule's fallback: a workshop with a day 1 date that has not left day 1 by 18:00
     * that day gets its summary then (within a week; later it would only surprise people).
     */
    public int sendDue(Instant now) {
        int sent = 0;
        for (Workshop w : workshops.all()) {
            if (w.settings().day1Date() == null || w.phase().compareTo(Phase.SUCCESS) > 0) continue;
            Instant due = LocalDate.parse(w.settings().day1Date()).atTime(END_OF_DAY).atZone(ZONE).toInstant();
            if (now.isBefore(due) || now.isAfter(due.plus(Duration.ofDays(7)))) continue;
            if (sendDayOne(w.id()) == Outbox.Result.SENT) sent++;
        }
        return sent;
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
