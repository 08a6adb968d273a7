package org.commonground.voting;

import org.commonground.Problem;
import org.commonground.auth.Caller;
import org.commonground.clustering.ThemeStore;
import org.commonground.responses.Participant;
import org.commonground.responses.ResponseStore;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * Voting with dots: everyone's dots count the same. Each person has a budget per round and a
 * cap per item; both hold under any number of people voting at once, because the budget is
 * checked by the same conditional write that spends it.
 */
public final class Voting {
    private static final int ATTEMPTS = 10;

    private final VoteStore votes;
    private final ThemeStore themes;
    private final ResponseStore responses;
    private final Workshops workshops;

    public Voting(VoteStore votes, ThemeStore themes, ResponseStore responses, Workshops workshops) {
        this.votes = votes;
        this.themes = themes;
        this.responses = responses;
        this.workshops = workshops;
    }

    public record Placed(String targetId, int dots, int dotsLeft) {}

    public Placed setDots(Caller.Participant caller, String workshopId, String targetId, int dots) {
        Workshop workshop = workshops.get(workshopId);
        if (workshop.phase() != Phase.THEME_VOTING) {
            throw Problem.conflict("wrong_phase", "Voting is not open right now. The facilitator will open it when the room is ready.");
        }
        Vote.Round round = Vote.Round.THEMES;
        int budget = workshop.settings().dotBudget();
        int cap = workshop.settings().dotCap();
        if (themes.find(workshopId, targetId).isEmpty()) {
            throw Problem.notFound("theme_not_found", "That theme is not there any more. Reload to see the themes.");
        }
        if (dots > cap) {
            throw Problem.conflict("over_cap", "You can put at most " + cap + " dots on one theme.");
        }
        Participant person = responses.participant(workshopId, caller.participantId()).orElseThrow(() ->
                Problem.unauthenticated("Your place in this workshop was not found. Join the workshop again."));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int previous = votes.current(workshopId, round, caller.participantId(), targetId);
            if (previous == dots) return new Placed(targetId, dots, budget - votes.spent(workshopId, round, caller.participantId()));
            Vote vote = new Vote(workshopId, round, caller.participantId(), person.perspective(), targetId, dots, workshop.expiresAt());
            switch (votes.set(vote, previous, budget, Phase.THEME_VOTING)) {
                case DONE -> {
                    return new Placed(targetId, dots, budget - votes.spent(workshopId, round, caller.participantId()));
                }
                case CHANGED_MEANWHILE -> { }
                case OVER_BUDGET -> throw Problem.conflict("over_budget", "You have used all " + budget
                        + " of your dots. Take a dot off another theme first.");
                case TARGET_GONE -> throw Problem.notFound("theme_not_found", "That theme is not there any more. Reload to see the themes.");
                case WRONG_PHASE -> throw Problem.conflict("wrong_phase", "Voting has just closed, so this dot was not placed.");
            }
        }
        throw Problem.conflict("busy", "Your dots changed in another window at the same moment. Reload and try again.");
    }
}
