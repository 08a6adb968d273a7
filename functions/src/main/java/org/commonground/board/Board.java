package org.commonground.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.commonground.outbox.UndeliveredEmail;

/**
 * The whole visible state of a workshop for one caller. Statements are never shown with who
 * wrote them: a facilitator sees their perspective and source; while answers are gathered a
 * participant sees only their own, and from clustering on everyone sees the visible ones.
 */
public record Board(
        long version,
        String phase,
        WorkshopView workshop,
        Counts counts,
        List<StatementView> statements,
        List<ThemeView> themes,
        List<String> priorities,
        List<CauseView> causes,
        List<SuccessView> success,
        List<InPlaceView> inPlace,
        List<IdeaView> ideas,
        List<String> shortlist,
        List<ActionView> actions,
        List<UndeliveredEmail> undeliveredEmails,
        Me me,
        Timer timer,
        Progress progress,
        List<ImportView> imports,
        PlanDates planDates) {

    /**
     * The dates the plan form offers, as London dates (the one rule the server checks):
     * {@code today}, the earliest a step may be due, and {@code firstStepBy}, the date the
     * method advises the first step by (a later one is allowed after the advice).
     */
    public record PlanDates(String today, String firstStepBy) {}

    /** {@code title} and {@code focus} are the English; {@code wording} holds both in English and Welsh. */
    public record WorkshopView(String id, String code, String title, String focus, String joinUrl, List<String> languages,
                               Object prompts, Object perspectives, Object settings, Object wording) {}

    /**
     * {@code participants} (the same as {@code joined}) and {@code byPerspective} count people who
     * joined; {@code answeredBeforehand} people whose answers were imported; {@code writtenDown}
     * answers a facilitator wrote down for someone in the room; {@code people} all three by perspective.
     */
    public record Counts(int participants, int statements, int hidden, Map<String, Integer> byPrompt,
                         Map<String, Integer> byPerspective, int joined, int answeredBeforehand, int writtenDown,
                         Map<String, People.Count> people) {}

    /** An import the facilitator can undo. */
    public record ImportView(String id, String fileName, String source, int people, int statements, Instant importedAt) {}

    public record StatementView(String id, String prompt, String text, String source, String perspective,
                                Boolean hidden, Boolean mine, String themeId, Instant createdAt, Instant updatedAt) {}

    /** {@code dots} is everyone's total, {@code myDots} the caller's own. */
    public record ThemeView(String id, String category, String title, int position, long version, List<String> statementIds,
                            int count, int dots, Map<String, Integer> dotsByPerspective, Integer myDots) {}

    public record CauseView(String id, String themeId, String parentId, int depth, String text, Boolean mine) {}

    public record SuccessView(String id, String themeId, String perspective, String text, Boolean mine) {}

    public record InPlaceView(String id, String themeId, String text, Boolean mine) {}

    /** An idea and its dots: everyone's total, by perspective, and the caller's own. */
    public record IdeaView(String id, String themeId, String lens, String text, int dots, Map<String, Integer> dotsByPerspective,
                           Integer myDots, Boolean mine, Grid grid) {}

    /**
     * A shortlisted idea on the grid: where the group put it (null until someone places it),
     * whether the facilitator fixed it, how many placed it, the caller's own placement and the
     * trail of nudges.
     */
    public record Grid(GridPosition position, boolean fixed, int placements, GridPlacement myPlacement, List<NudgeView> nudges) {}

    public record GridPosition(double effort, double difference, String quadrant) {}

    public record GridPlacement(int effort, int difference) {}

    public record NudgeView(String direction, Instant at) {}

    /** An action plan; everyone but a facilitator sees only the lead's first name, and nobody but a facilitator their email. */
    public record ActionView(String id, String ideaId, String title, String leadName, String leadEmail, List<StepView> steps,
                             String involve, String measure, String status, int supporters, Boolean supporting,
                             List<UpdateView> updates) {}

    public record StepView(String text, String owner, String due) {}

    public record UpdateView(String text, String status, Instant at) {}

    /** The current stage's countdown: when it ends (null on the board when none runs). */
    public record Timer(Instant endsAt) {}

    /**
     * How many people have done what each stage asks, for the console and the big screen ("23 of
     * 30 have voted"): {@code joined} people in all, and of them how many have answered, put dots
     * on themes, added a reason, a success statement, something in place or an idea, put dots on
     * ideas, placed an idea on the grid, or joined an action plan. Hidden contributions do not count.
     */
    public record Progress(int joined, int answered, int votedThemes, int causes, int success, int inPlace, int ideas,
                           int votedIdeas, int placed, int plans) {}

    public record Me(String participantId, String name, String perspective, String language, boolean updatesConsent,
                     Integer dotsLeft) {}
}
