package org.commonground.workshops;

import java.time.Clock;
import java.util.List;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;

/** Setting up workshops and moving them through the method's phases. */
public final class Workshops {
    private final WorkshopStore store;
    private final Clock clock;

    public Workshops(WorkshopStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * What a new workshop's setup starts from, before the request's own fields: the method's
     * defaults kept for {@code defaultRetentionDays} when {@code copyFrom} is null; otherwise,
     * running the process again, that workshop's setup without its dates (never its people or
     * their words). Not found (404) when {@code copyFrom} is not a workshop.
     */
    public NewWorkshop startingPoint(String copyFrom, int defaultRetentionDays) {
        if (copyFrom == null) return NewWorkshop.startingPoint(defaultRetentionDays);
        if (!Ids.looksValid(copyFrom)) throw missing();
        return get(copyFrom).setup().forAnotherRun();
    }

    /** A new workshop in the gathering stage with a random join code, set up as {@code request} says. */
    public Workshop create(String facilitatorEmail, NewWorkshop request, String site) {
        return create(facilitatorEmail, request, site, null);
    }

    /** With a chosen join code (the local demo uses a fixed one); null picks a random code. */
    public Workshop create(String facilitatorEmail, NewWorkshop request, String site, String code) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Workshop workshop = new Workshop(Ids.next(clock), code != null ? code : JoinCode.next(),
                    request.title(), request.focus(), Phase.GATHERING, 1,
                    request.languages(), request.prompts(), request.perspectives(), request.settings(),
                    facilitatorEmail, clock.instant(), site);
            if (store.create(workshop)) return workshop;
            if (code != null) throw Problem.conflict("code_taken", "That join code is already in use.");
        }
        throw new IllegalStateException("No free join code after five tries");
    }

    public List<Workshop> all() { return store.all(); }

    /**
     * Sets the workshop up as {@code setup} says, unless that would break what people already did
     * ({@code inUse}): fewer dots than someone has spent or put on one item, a perspective or a
     * language someone chose taken away, or the retention changed once anything is recorded.
     * Each refusal is a 409 that says why. A change made meanwhile by someone else is a 409 too.
     */
    public Workshop change(Workshop current, NewWorkshop setup, InUse inUse) {
        WorkshopSettings s = setup.settings();
        if (s.dotBudget() < inUse.mostThemeDots() || s.dotCap() < inUse.mostThemeDotsOnOne()) {
            throw Problem.conflict("would_break_votes", "Someone has already put " + inUse.mostThemeDots() + " dots on themes, "
                    + inUse.mostThemeDotsOnOne() + " on one theme. Keep the dots each person has and the most on one theme at least that, "
                    + "so nobody's votes are lost.");
        }
        if (s.ideaDotBudget() < inUse.mostIdeaDots() || s.ideaDotCap() < inUse.mostIdeaDotsOnOne()) {
            throw Problem.conflict("would_break_votes", "Someone has already put " + inUse.mostIdeaDots() + " dots on ideas, "
                    + inUse.mostIdeaDotsOnOne() + " on one idea. Keep the dots for ideas and the most on one idea at least that, "
                    + "so nobody's votes are lost.");
        }
        for (String perspective : inUse.perspectives()) {
            if (setup.perspectives().stream().noneMatch(p -> p.id().equals(perspective))) {
                throw Problem.conflict("perspective_in_use", "People have already chosen the perspective '" + perspective
                        + "', so it cannot be taken away. You can change its wording instead.");
            }
        }
        for (String language : inUse.languages()) {
            if (!setup.languages().contains(language)) {
                throw Problem.conflict("language_in_use", "People have already chosen to take part in "
                        + ("cy".equals(language) ? "Welsh" : "English") + ", so the workshop must keep offering it.");
            }
        }
        if (inUse.anythingRecorded() && s.retentionDays() != current.settings().retentionDays()) {
            throw Problem.conflict("retention_fixed", "How long records are kept can only change before anyone takes part: "
                    + "every record already carries its date for deletion.");
        }
        Workshop changed = current.withSetup(setup, current.version() + 1);
        if (!store.change(changed, current.version())) {
            throw Problem.conflict("stale_version", "Someone changed this workshop a moment ago. Reload it and make your change again.");
        }
        return changed;
    }

    public Workshop get(String id) {
        return store.find(id).orElseThrow(Workshops::missing);
    }

    public Workshop byCode(String typed) {
        String code = JoinCode.normalise(typed);
        if (code == null) throw missingCode();
        return store.idForCode(code).flatMap(store::find).orElseThrow(Workshops::missingCode);
    }

    public PhaseChange movePhase(String id, Phase phase) {
        return store.movePhase(id, phase).orElseThrow(Workshops::missing);
    }

    /** The longest countdown a facilitator can set: three hours, in seconds. */
    public static final int LONGEST_TIMER = 3 * 3600;

    /**
     * Starts a countdown of {@code seconds} for the workshop's current stage (0 stops it); the
     * board then carries {@code timer: {endsAt}}. Answers the workshop's new version. Seconds
     * outside 0 to {@link #LONGEST_TIMER} are refused (400 invalid_timer); 404 for no such workshop.
     */
    public long setTimer(String id, int seconds) {
        if (seconds < 0 || seconds > LONGEST_TIMER) {
            throw Problem.invalid("invalid_timer", "'seconds' must be a whole number from 0 (stops the timer) to "
                    + LONGEST_TIMER + " (three hours).");
        }
        return store.setTimer(id, seconds == 0 ? null : clock.instant().plusSeconds(seconds)).orElseThrow(Workshops::missing);
    }

    /**
     * Deletes a workshop for good, once the facilitator has typed its join code to show they
     * mean this one.
     */
    public void delete(String id, String confirmCode) {
        Workshop workshop = get(id);
        if (!workshop.code().equals(JoinCode.normalise(confirmCode))) {
            throw Problem.invalid("confirm_code", "To delete this workshop, type its join code, " + workshop.code()
                    + ", exactly. Nothing has been deleted.");
        }
        store.delete(workshop);
    }

    public static String joinUrl(String site, Workshop workshop) {
        return site + "/join/" + workshop.code();
    }

    /** Everyone who runs this workshop and gets its summaries. */
    public static List<String> facilitators(Workshop workshop) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        if (workshop.createdBy() != null) all.add(workshop.createdBy());
        all.addAll(workshop.settings().facilitatorEmails());
        return List.copyOf(all);
    }

    public static Problem missing() {
        return Problem.notFound("workshop_not_found", "There is no workshop with that id. Check the link and try again.");
    }

    private static Problem missingCode() {
        return Problem.notFound("code_not_found",
                "We could not find a workshop with that code. Check the code on the screen or the invitation and try again.");
    }
}
