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
