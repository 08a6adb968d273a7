package org.commonground.moderation;

import org.commonground.kernel.Problem;
import org.commonground.actionplans.ActionPlanning;
import org.commonground.workshops.Workshops;

/**
 * Safeguarding: a facilitator hides any contribution (statement, cause, success statement,
 * what is in place, idea, action plan, progress update), shows it again, or lets through one
 * the workshop held back. A hidden or held contribution is seen only by facilitators (and a
 * held one by its author): it is in no count, email or public page ("Hidden contributions" in
 * DESIGN.md). A plan held back reaches its lead's inbox only when it is let through.
 */
public final class Moderation {
    private final ModerationStore store;
    private final Workshops workshops;
    private final ActionPlanning actions;

    public Moderation(ModerationStore store, Workshops workshops, ActionPlanning actions) {
        this.store = store;
        this.workshops = workshops;
        this.actions = actions;
    }

    /** What changed: the contribution's id, its kind's wire name, and whether it is now hidden. */
    public record Changed(String id, String kind, boolean hidden) {}

    /** {@code hidden} false shows the contribution, or lets a held one through; 404 when it is not in this workshop. */
    public Changed setHidden(String workshopId, String itemId, boolean hidden, String site) {
        workshops.get(workshopId);
        Contribution found = store.find(workshopId, itemId).orElseThrow(Moderation::gone);
        if (!store.setHidden(workshopId, found, hidden)) throw gone();
        if (found.kind() == Contribution.Kind.ACTION_PLAN && found.held() && !hidden) {
            actions.letThrough(workshopId, itemId, site);
        }
        return new Changed(itemId, found.kind().wire(), hidden);
    }

    private static Problem gone() {
        return Problem.notFound("item_not_found", "There is nothing with that id in this workshop any more. Reload to see what is there.");
    }
}
