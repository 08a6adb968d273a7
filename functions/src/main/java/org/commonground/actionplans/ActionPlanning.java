package org.commonground.actionplans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commonground.auth.Caller;
import org.commonground.auth.Floods;
import org.commonground.auth.Token;
import org.commonground.auth.Tokens;
import org.commonground.consent.AddressConfirmation;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Text;
import org.commonground.outbox.Outbox;
import org.commonground.themes.ContributionStore;
import org.commonground.themes.Idea;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * Stage 6 of the method: people sign up to the ideas they feel connected to and write action
 * plans they own. The lead gets their plan by email with a private link to post progress on it.
 */
public final class ActionPlanning {
    private final ActionStore store;
    private final ContributionStore responses;
    private final Workshops workshops;
    private final AddressConfirmation addresses;
    private final Floods floods;
    private final Clock clock;

    public ActionPlanning(ActionStore store, ContributionStore responses, Workshops workshops, AddressConfirmation addresses, Floods floods, Clock clock) {
        this.floods = floods;
        this.store = store;
        this.responses = responses;
        this.workshops = workshops;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Where a confirmation email for this workshop comes from and links to. */
    public static AddressConfirmation.Place place(Workshop workshop, String site) {
        return new AddressConfirmation.Place(workshop.id(), workshop.title().en(), workshop.expiresAt(), site);
    }

    /** Today where the councils the method serves are, for the dates in plans. */
    public LocalDate today() {
        return NewActionPlan.today(clock);
    }

    /**
     * A plan just made: the plan, what became of the email to its lead (null when none was
     * sent: no email given, or the plan is held), and whether its first step is later than the
     * method advises ({@link NewActionPlan#firstStepLater}).
     */
    public record Created(ActionPlan plan, Outbox.Result leadEmail, boolean firstStepLater) {}

    /**
     * Saves {@code request} as a plan for the idea it names, by {@code caller} (a participant
     * only in the action planning stage), and emails its lead when they gave an address.
     * Refused: 404 when the idea is gone, 409 in the wrong stage, 429 when writing too fast.
     */
    public Created create(Caller caller, String workshopId, NewActionPlan request, String site) {
        floods.words(caller, workshopId);
        Workshop workshop = workshops.get(workshopId);
        Idea idea = responses.idea(workshopId, request.ideaId()).orElseThrow(ActionPlanning::ideaGone);
        addresses.admit(caller, workshopId, request.lead().email());
        String link = Tokens.newRaw();
        ActionPlan plan = new ActionPlan(Ids.next(clock), workshopId, idea.id(), request.title(), request.lead(), request.steps(),
                request.involve(), request.measure(), ActionStatus.NOT_STARTED, Tokens.hash(link), clock.instant(), workshop.expiresAt());
        Phase phase = caller instanceof Caller.Participant ? Phase.ACTION_PLANNING : null;
        boolean held = workshop.settings().holds(caller instanceof Caller.Facilitator);
        String writtenBy = caller instanceof Caller.Participant p ? p.participantId() : null;
        switch (store.create(plan, writtenBy, Token.actionLead(workshopId, plan.id(), Instant.ofEpochSecond(workshop.expiresAt())), phase, held)) {
            case DONE -> { }
            case GONE -> throw ideaGone();
            case WRONG_PHASE -> throw wrongPhase();
        }
        // A held plan is emailed to its lead when a facilitator lets it through.
        Outbox.Result sent = plan.lead().email() == null || held ? null
                : addresses.send(ActionPlanEmails.toLead(workshop, plan, idea, leadLink(site, plan, link)),
                        AddressConfirmation.Reason.LEAD, place(workshop, site));
        return new Created(plan, sent, request.firstStepLater(today()));
    }

    /** A facilitator hands a plan to someone else; the new lead gets the plan and their own link, the old link stops working. */
    public Outbox.Result reassign(Caller.Facilitator caller, String workshopId, String actionId, ActionPlan.Lead lead, String site) {
        Workshop workshop = workshops.get(workshopId);
        ActionPlan plan = store.find(workshopId, actionId).orElseThrow(ActionPlanning::planGone);
        addresses.admit(caller, workshopId, lead.email());
        return handOver(workshop, plan, lead, site);
    }

    /** A plan the workshop held back has been let through: its lead gets it now, with a fresh link. */
    public void letThrough(String workshopId, String actionId, String site) {
        ActionPlan plan = store.find(workshopId, actionId).orElseThrow(ActionPlanning::planGone);
        if (plan.lead().email() != null) handOver(workshops.get(workshopId), plan, plan.lead(), site);
    }

    private Outbox.Result handOver(Workshop workshop, ActionPlan plan, ActionPlan.Lead lead, String site) {
        String workshopId = workshop.id();
        String actionId = plan.id();
        String link = Tokens.newRaw();
        String hash = Tokens.hash(link);
        check(store.replaceLead(plan, lead, hash, Token.actionLead(workshopId, actionId, Instant.ofEpochSecond(workshop.expiresAt()))));
        if (lead.email() == null) return null;
        ActionPlan handedOver = plan.withLead(lead, hash);
        Idea idea = responses.idea(workshopId, plan.ideaId()).orElse(null);
        return addresses.send(ActionPlanEmails.toLead(workshop, handedOver, idea, leadLink(site, handedOver, link)),
                AddressConfirmation.Reason.LEAD, place(workshop, site));
    }

    public static String leadLink(String site, ActionPlan plan, String rawToken) {
        return site + "/lead/" + plan.workshopId() + "/" + plan.id() + "?token=" + rawToken;
    }

    public void support(Caller.Participant caller, String workshopId, String actionId) {
        floods.choice(caller, workshopId);
        Workshop workshop = workshops.get(workshopId);
        check(store.support(new Supporter(workshopId, actionId, caller.participantId(), workshop.expiresAt()), Phase.ACTION_PLANNING));
    }

    public void leave(Caller.Participant caller, String workshopId, String actionId) {
        workshops.get(workshopId);
        check(store.leave(workshopId, actionId, caller.participantId(), Phase.ACTION_PLANNING));
    }

    public ProgressUpdate postUpdate(Caller caller, String workshopId, String actionId, String text, ActionStatus status) {
        floods.words(caller, workshopId);
        Workshop workshop = workshops.get(workshopId);
        ProgressUpdate update = new ProgressUpdate(Ids.next(clock), workshopId, actionId, Text.clean(text, "update", 2000), status,
                caller instanceof Caller.Facilitator, clock.instant(), workshop.expiresAt());
        check(store.addUpdate(update, workshop.settings().holds(caller instanceof Caller.Facilitator)));
        return update;
    }

    /** What the lead's page shows: the plan, the idea it came from, and the progress so far. */
    public record PlanWithProgress(String id, String workshopTitle, String title, String idea, String leadName,
                                   List<ActionPlan.Step> steps, String involve, String measure, String status, List<Progress> updates) {}

    public record Progress(String text, String status, boolean byFacilitator, Instant at) {}

    public PlanWithProgress plan(String workshopId, String actionId) {
        Workshop workshop = workshops.get(workshopId);
        ActionPlan plan = store.find(workshopId, actionId).orElseThrow(ActionPlanning::planGone);
        String idea = responses.idea(workshopId, plan.ideaId()).map(Idea::text).orElse(null);
        List<Progress> updates = store.updates(workshopId, actionId).stream()
                .map(u -> new Progress(u.text(), u.status().wire(), u.byFacilitator(), u.at())).toList();
        return new PlanWithProgress(plan.id(), workshop.title().en(), plan.title(), idea, plan.lead().name(), plan.steps(),
                plan.involve(), plan.measure(), plan.status().wire(), updates);
    }

    private static void check(ActionStore.Outcome outcome) {
        switch (outcome) {
            case DONE -> { }
            case GONE -> throw planGone();
            case WRONG_PHASE -> throw wrongPhase();
        }
    }

    private static Problem ideaGone() {
        return Problem.notFound("idea_not_found", "That idea is not there any more. Reload and choose it again.");
    }

    private static Problem planGone() {
        return Problem.notFound("action_not_found", "That action plan is not there any more. Reload to see the plans.");
    }

    private static Problem wrongPhase() {
        return Problem.conflict("wrong_phase", "The room is not planning actions right now. The facilitator will open it when it is time.");
    }
}
