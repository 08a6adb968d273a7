package org.commonground.grid;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonground.auth.Caller;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.themes.ContributionStore;
import org.commonground.themes.Idea;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * The investment grid: the shortlisted ideas are placed by everyone on effort and difference
 * made; the group sees the median, anyone may nudge it a step, and the facilitator may fix
 * where it ends up.
 */
public final class InvestmentGrid {
    private final GridStore store;
    private final ContributionStore responses;
    private final Workshops workshops;
    private final Clock clock;

    public InvestmentGrid(GridStore store, ContributionStore responses, Workshops workshops, Clock clock) {
        this.store = store;
        this.responses = responses;
        this.workshops = workshops;
        this.clock = clock;
    }

    public void place(Caller.Participant caller, String workshopId, String ideaId, int effort, int difference) {
        Workshop workshop = workshops.get(workshopId);
        onShortlist(workshop, ideaId);
        check(store.place(new Placement(workshopId, ideaId, caller.participantId(), effort, difference, workshop.expiresAt()), Phase.GRID));
    }

    public void nudge(Caller caller, String workshopId, String ideaId, Direction direction) {
        Workshop workshop = workshops.get(workshopId);
        onShortlist(workshop, ideaId);
        String participantId = caller instanceof Caller.Participant p ? p.participantId() : null;
        check(store.nudge(new Nudge(Ids.next(clock), workshopId, ideaId, direction, participantId, clock.instant(), workshop.expiresAt()),
                participantId == null ? null : Phase.GRID));
    }

    public void fix(String workshopId, String ideaId, Position position) {
        Workshop workshop = workshops.get(workshopId);
        onShortlist(workshop, ideaId);
        check(store.fix(workshopId, ideaId, position, workshop.expiresAt()));
    }

    /** The facilitator's own shortlist, in their order; an idea named twice counts once. */
    public List<String> chooseShortlist(String workshopId, List<String> ideaIds) {
        Workshop workshop = workshops.get(workshopId);
        Set<String> known = new java.util.HashSet<>();
        responses.ideas(workshopId).forEach(i -> known.add(i.id()));
        List<String> chosen = List.copyOf(new LinkedHashSet<>(ideaIds));
        for (String id : chosen) {
            if (!known.contains(id)) {
                throw Problem.notFound("idea_not_found", "One of the ideas on the shortlist is not there any more. Reload and choose again.");
            }
        }
        check(store.chooseShortlist(workshopId, chosen, workshop.expiresAt()));
        return chosen;
    }

    /**
     * Placements come in by the hundred, so the common case is one small read: the facilitator's
     * list. Only the automatic shortlist needs the ideas and their dots. An idea that has gone is
     * caught by the write's own check.
     */
    private void onShortlist(Workshop workshop, String ideaId) {
        List<String> chosen = store.chosenShortlist(workshop.id()).orElse(null);
        boolean listed;
        if (chosen != null) {
            listed = chosen.contains(ideaId);
            if (!listed && responses.idea(workshop.id(), ideaId).isEmpty()) throw ideaGone();
        } else {
            List<Idea> ideas = responses.ideas(workshop.id());
            if (ideas.stream().noneMatch(i -> i.id().equals(ideaId))) throw ideaGone();
            listed = GridState.shortlist(null, ideas, workshop.settings().shortlistSize()).contains(ideaId);
        }
        if (!listed) {
            throw Problem.conflict("not_shortlisted", "That idea is not on the shortlist for the grid. Only shortlisted ideas are placed.");
        }
    }

    private static Problem ideaGone() {
        return Problem.notFound("idea_not_found", "That idea is not there any more. Reload to see the grid.");
    }

    private static void check(GridStore.Outcome outcome) {
        switch (outcome) {
            case DONE -> { }
            case IDEA_GONE -> throw ideaGone();
            case NO_WORKSHOP -> throw Workshops.missing();
            case WRONG_PHASE -> throw Problem.conflict("wrong_phase",
                    "The room is not working on the grid right now. The facilitator will open it when it is time.");
        }
    }
}
