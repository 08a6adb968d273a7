package org.commonground.auth;

import java.time.Clock;
import java.time.Duration;
import org.commonground.kernel.Problem;

/**
 * Limits that stop a script and never a room (README, "Privacy and safeguarding"). Counted
 * per minute in the table, so every function instance sees the same counts. Nothing is
 * counted per network address: a whole room often shares one venue's Wi-Fi. Facilitators are
 * not limited: they sign in from an allow-list and type up whole piles of paper answers.
 *
 * <ul>
 * <li>joining: {@value #JOINS_PER_WORKSHOP} people a minute per workshop;</li>
 * <li>words (statements, causes, success, what is in place, ideas, plans, progress updates):
 *     {@value #WORDS_PER_PERSON} a minute per person (or per plan's lead link) and
 *     {@value #WORDS_PER_WORKSHOP} a minute per workshop;</li>
 * <li>choices (dots, grid placements and nudges, signing up to plans): {@value #CHOICES_PER_PERSON}
 *     a minute per person and {@value #CHOICES_PER_WORKSHOP} a minute per workshop.</li>
 * </ul>
 */
public final class Floods {
    public static final int JOINS_PER_WORKSHOP = 600;
    public static final int WORDS_PER_PERSON = 20;
    public static final int WORDS_PER_WORKSHOP = 2_000;
    public static final int CHOICES_PER_PERSON = 120;
    public static final int CHOICES_PER_WORKSHOP = 6_000;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimits limits;
    private final Clock clock;

    public Floods(RateLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts someone joining the workshop; 429 past the workshop's limit. */
    public void join(String workshopId) {
        if (!limits.allow(key("join", workshopId, null), JOINS_PER_WORKSHOP, WINDOW, clock.instant())) {
            throw new Problem(Problem.Kind.TOO_MANY, "too_many_joining",
                    "More people are joining this workshop this minute than a room could. Please wait a minute and join again.");
        }
    }

    /** Counts something written in someone's own words; 429 past their limit or the workshop's. */
    public void words(Caller caller, String workshopId) {
        count(caller, workshopId, "words", WORDS_PER_PERSON, WORDS_PER_WORKSHOP);
    }

    /** Counts a dot, a placement, a nudge or a sign-up; 429 past their limit or the workshop's. */
    public void choice(Caller caller, String workshopId) {
        count(caller, workshopId, "choices", CHOICES_PER_PERSON, CHOICES_PER_WORKSHOP);
    }

    /**
     * Drops the workshop's counters and those of {@code people} (participant ids): for a
     * workshop that is deleted at once, so nothing of it waits for its counters' expiry.
     */
    public void forget(String workshopId, java.util.Collection<String> people) {
        limits.forget(key("join", workshopId, null));
        for (String kind : java.util.List.of("words", "choices")) {
            limits.forget(key(kind, workshopId, null));
            for (String person : people) limits.forget(key(kind, workshopId, person));
        }
    }

    /** Hashed, so a counter names no workshop or person while it waits for its expiry. */
    private static String key(String kind, String workshopId, String person) {
        return kind + "#" + Tokens.hash(workshopId + "#" + (person == null ? "" : person));
    }

    private void count(Caller caller, String workshopId, String kind, int perPerson, int perWorkshop) {
        String person = switch (caller) {
            case Caller.Participant p -> p.participantId();
            case Caller.ActionLead l -> l.actionId();
            case Caller.Facilitator _, Caller.Screen _ -> null;
        };
        if (person == null) return;
        var now = clock.instant();
        if (!limits.allow(key(kind, workshopId, person), perPerson, WINDOW, now)) {
            throw new Problem(Problem.Kind.TOO_MANY, "too_many_at_once",
                    "You are sending more than anyone could in a minute. Please wait a minute and send it again; what you sent before is kept.");
        }
        if (!limits.allow(key(kind, workshopId, null), perWorkshop, WINDOW, now)) {
            throw new Problem(Problem.Kind.TOO_MANY, "workshop_too_busy",
                    "This workshop is getting more at once than a room could send. Please wait a minute and send it again.");
        }
    }
}
