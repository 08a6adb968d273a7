package org.commonground.summaries;

import java.util.Locale;
import org.commonground.workshops.Phase;
import org.commonground.workshops.PhaseChange;
import org.commonground.workshops.Workshops;

/** Moving a workshop to another stage, with the day summary that goes out when a day ends. */
public final class StageMoves {
    private final Workshops workshops;
    private final Summaries summaries;

    public StageMoves(Workshops workshops, Summaries summaries) {
        this.workshops = workshops;
        this.summaries = summaries;
    }

    /**
     * Where the workshop is now: its stage and version, and (only when the move ended day 1 or
     * day 2) what became of that day's summary to the facilitators: {@code sent}, {@code queued}
     * and so on, the {@link org.commonground.outbox.Outbox.Result} in lower case.
     */
    public record Moved(Phase phase, long version, String daySummary) {}

    /**
     * Moves the workshop to {@code phase} (any stage, forwards or back) and, when that ends a
     * day, sends the day's summary once. Throws the workshop's not-found problem when it is gone,
     * and the summary's conflict when there is nobody to send it to.
     */
    public Moved move(String workshopId, Phase phase) {
        PhaseChange change = workshops.movePhase(workshopId, phase);
        String daySummary = null;
        if (Summaries.endsDayOne(change.from(), phase)) daySummary = name(summaries.sendDayOne(workshopId));
        if (Summaries.endsDayTwo(change.from(), phase)) daySummary = name(summaries.sendDayTwo(workshopId));
        return new Moved(phase, change.workshop().version(), daySummary);
    }

    private static String name(Enum<?> result) { return result.name().toLowerCase(Locale.ROOT); }
}
