package org.commonground.voting;

import org.commonground.auth.Caller;
import org.commonground.kernel.Problem;
import org.commonground.statements.Participant;
import org.commonground.statements.ResponseStore;
import org.commonground.themes.ContributionStore;
import org.commonground.themes.ThemeStore;
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
    private final ContributionStore ideas;
    private final Workshops workshops;

    /** Which round the current stage votes in, and on what. */
    private record RoundRules(Vote.Round round, Phase phase, int budget, int cap, String what) {}

    public Voting(VoteStore votes, ThemeStore themes, ResponseStore responses, ContributionStore ideas, Workshops workshops) {
        this.votes = votes;
        this.themes = themes;
        this.responses = responses;
        this.ideas = ideas;
        this.workshops = workshops;
    }

    public record Placed(String targetId, int dots, int dotsLeft) {}

    public Placed setDots(Caller.Participant caller, String workshopId, String targetId, int dots) {
        Workshop workshop = workshops.get(workshopId);
        RoundRules rules = switch (workshop.phase()) {
            case THEME_VOTING -> new RoundRules(Vote.Round.THEMES, Phase.THEME_VOTING, workshop.settings().dotBudget(),
                    workshop.settings().dotCap(), "theme");
            case IDEA_VOTING -> new RoundRules(Vote.Round.IDEAS, Phase.IDEA_VOTING, workshop.settings().ideaDotBudget(),
                    workshop.settings().ideaDotCap(), "idea");
            default -> throw Problem.conflict("wrong_phase", "Voting is not open right now. The facilitator will open it when the room is ready.");
        };
        Vote.Round round = rules.round();
        int budget = rules.budget();
        int cap = rules.cap();
        boolean exists = round == Vote.Round.THEMES ? themes.find(workshopId, targetId).isPresent()
                : ideas.idea(workshopId, targetId).isPresent();
        if (!exists) {
            throw Problem.notFound(rules.what() + "_not_found", "That " + rules.what() + " is not there any more. Reload to see the "
                    + rules.what() + "s.");
        }
        if (dots > cap) {
            throw Problem.conflict("over_cap", "You can put at most " + cap + " dots on one " + rules.what() + ".");
        }
        Participant person = responses.participant(workshopId, caller.participantId()).orElseThrow(() ->
                Problem.unauthenticated("Your place in this workshop was not found. Join the workshop again."));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int previous = votes.current(workshopId, round, caller.participantId(), targetId);
            if (previous == dots) return new Placed(targetId, dots, budget - votes.spent(workshopId, round, caller.participantId()));
            Vote vote = new Vote(workshopId, round, caller.participantId(), person.perspective(), targetId, dots, workshop.expiresAt());
            switch (votes.set(vote, previous, budget, rules.phase())) {
                case DONE -> {
                    return new Placed(targetId, dots, budget - votes.spent(workshopId, round, caller.participantId()));
                }
                case CHANGED_MEANWHILE -> { }
                case OVER_BUDGET -> throw Problem.conflict("over_budget", "You have used all " + budget
                        + " of your dots. Take a dot off another " + rules.what() + " first.");
                case TARGET_GONE -> throw Problem.notFound(rules.what() + "_not_found", "That " + rules.what()
                        + " is not there any more. Reload to see the " + rules.what() + "s.");
                case WRONG_PHASE -> throw Problem.conflict("wrong_phase", "Voting has just closed, so this dot was not placed.");
            }
        }
        throw Problem.conflict("busy", "Your dots changed in another window at the same moment. Reload and try again.");
    }
}
