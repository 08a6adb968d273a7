package org.commonground.summaries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.kernel.Configuration;
import org.commonground.kernel.Problem;
import org.commonground.consent.AddressConfirmation;
import org.commonground.kernel.Templates;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ActionPlanEmails;
import org.commonground.actionplans.ActionPlanning;
import org.commonground.actionplans.PlanWording;
import org.commonground.actionplans.Supporter;
import org.commonground.board.Snapshot;
import org.commonground.board.Snapshots;
import org.commonground.outbox.Email;
import org.commonground.outbox.Outbox;
import org.commonground.statements.Participant;
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

    private final Snapshots snapshots;
    private final Outbox outbox;
    private final AddressConfirmation addresses;
    private final Configuration configuration;

    public Summaries(Snapshots snapshots, Outbox outbox, AddressConfirmation addresses, Configuration configuration) {
        this.snapshots = snapshots;
        this.outbox = outbox;
        this.addresses = addresses;
        this.configuration = configuration;
    }

    /**
     * The schedule's fallback: a workshop with a day's date that is still in that day at 18:00
     * gets the day's summary then (within a week; later it would only surprise people).
     */
    public int sendDue(List<Workshop> all, Instant now) {
        int sent = 0;
        for (Workshop w : all) {
            if (due(now, w.settings().day1Date()) && w.phase().compareTo(Phase.SUCCESS) <= 0
                    && sendDayOne(w.id()) == Outbox.Result.SENT) {
                sent++;
            }
            if (due(now, w.settings().day2Date()) && inDayTwo(w.phase()) && sendDayTwo(w.id()) == Outbox.Result.SENT) {
                sent++;
            }
        }
        return sent;
    }

    private static boolean due(Instant now, String date) {
        if (date == null) return false;
        Instant due = LocalDate.parse(date).atTime(END_OF_DAY).atZone(Workshop.ZONE).toInstant();
        return !now.isBefore(due) && !now.isAfter(due.plus(Duration.ofDays(7)));
    }

    /** Day 1 runs from clustering to success; moving from there to a later stage ends it. */
    public static boolean endsDayOne(Phase from, Phase to) {
        return from.compareTo(Phase.CLUSTERING) >= 0 && from.compareTo(Phase.SUCCESS) <= 0 && to.compareTo(Phase.SUCCESS) > 0;
    }

    /** Day 2 runs from what is in place to action planning; moving on to follow-up or closing ends it. */
    public static boolean endsDayTwo(Phase from, Phase to) {
        return inDayTwo(from) && to.compareTo(Phase.ACTION_PLANNING) > 0;
    }

    private static boolean inDayTwo(Phase phase) {
        return phase.compareTo(Phase.IN_PLACE) >= 0 && phase.compareTo(Phase.ACTION_PLANNING) <= 0;
    }

    /** The day {@code day} summary (1, else 2), sent now as a facilitator asked: what {@link #sendDayOne} or {@link #sendDayTwo} answers. */
    public Outbox.Result send(String workshopId, int day) {
        return day == 1 ? sendDayOne(workshopId) : sendDayTwo(workshopId);
    }

    /** The day 1 summary to everyone who runs the workshop, once; 404 when the workshop is gone. */
    public Outbox.Result sendDayOne(String workshopId) {
        Snapshot snapshot = snapshots.load(workshopId).orElseThrow(Workshops::missing);
        return toFacilitators(snapshot, 1, DayOneSummary.model(snapshot));
    }

    /** A day's summary to everyone who runs the workshop, once. */
    private Outbox.Result toFacilitators(Snapshot snapshot, int day, Map<String, Object> model) {
        List<String> to = Workshops.facilitators(snapshot.workshop());
        if (to.isEmpty()) {
            throw Problem.conflict("no_facilitators", "This workshop has no facilitator addresses to send the summary to.");
        }
        String id = snapshot.workshop().id();
        var title = snapshot.workshop().title();
        String template = "day-" + day + "-summary";
        return outbox.send(new Email("summary#" + id + "#day" + day, template, to,
                "Day " + day + " summary: " + title.en() + " / Crynodeb diwrnod " + day + ": " + title.cy(),
                Templates.html(template, model), Templates.text(template, model), id));
    }

    /**
     * The day 2 summary to the facilitators, and to each supporter who agreed to updates the
     * plans they joined. Each email is sent once, however often this is asked for.
     */
    public Outbox.Result sendDayTwo(String workshopId) {
        Snapshot snapshot = snapshots.load(workshopId).orElseThrow(Workshops::missing).visible();
        Outbox.Result summary = toFacilitators(snapshot, 2, DayTwoSummary.model(snapshot));
        Map<String, String> ideaText = new HashMap<>();
        snapshot.ideas().forEach(i -> ideaText.put(i.id(), i.text()));
        for (Participant person : snapshot.participants()) {
            if (person.email() == null || !person.updatesConsent()) continue;
            List<Map<String, Object>> joined = new ArrayList<>();
            for (ActionPlan plan : snapshot.actions()) {
                List<Supporter> supporters = snapshot.supporters().stream().filter(sp -> sp.actionId().equals(plan.id())).toList();
                if (supporters.stream().anyMatch(sp -> sp.participantId().equals(person.id()))) {
                    joined.add(PlanWording.plan(plan, ideaText.get(plan.ideaId()), supporters.size()));
                }
            }
            Workshop w = snapshot.workshop();
            String site = w.site() != null ? w.site() : configuration.site(java.util.Optional.empty());
            if (!joined.isEmpty()) {
                addresses.send(ActionPlanEmails.toSupporter(w, person, joined), AddressConfirmation.Reason.UPDATES, ActionPlanning.place(w, site));
            }
        }
        return summary;
    }
}
