package org.commonground.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ActionStatus;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.actionplans.Supporter;
import org.commonground.grid.GridState;
import org.commonground.outbox.UndeliveredEmail;
import org.commonground.statements.Participant;
import org.commonground.statements.Source;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.Lens;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.voting.Vote;
import org.commonground.workshops.Defaults;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Wording;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopSettings;

/**
 * A workshop's records built by hand, for the rules that read a snapshot (the board, the
 * summaries, the CSV, the report, the outcomes) without a table. Ids are chosen so that sorting
 * by id is the order they are added in.
 */
public final class Rooms {
    public static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    public static final String WORKSHOP = "w1";
    private static final long EXPIRES = T0.getEpochSecond() + 90L * 86_400;

    private Workshop workshop;
    private final List<Participant> participants = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Theme> themes = new ArrayList<>();
    private final List<Vote> votes = new ArrayList<>();
    private final Map<String, Integer> themeDots = new HashMap<>();
    private final List<Cause> causes = new ArrayList<>();
    private final List<SuccessStatement> successes = new ArrayList<>();
    private final List<InPlaceItem> inPlace = new ArrayList<>();
    private final List<Idea> ideas = new ArrayList<>();
    private final Map<String, Integer> ideaDots = new HashMap<>();
    private final List<ActionPlan> actions = new ArrayList<>();
    private final List<Supporter> supporters = new ArrayList<>();
    private final List<ProgressUpdate> updates = new ArrayList<>();
    private final List<UndeliveredEmail> undelivered = new ArrayList<>();
    private int next;

    /** A workshop at this stage, with the method's default prompts, perspectives and settings. */
    public static Rooms at(Phase phase) {
        Rooms room = new Rooms();
        room.workshop = new Workshop(WORKSHOP, "ABC123", Wording.same("Getting about town"), Wording.same("Buses and pavements"), phase, 7,
                Defaults.LANGUAGES, Defaults.PROMPTS, Defaults.PERSPECTIVES, new WorkshopSettings(5, 3, 5, 3, 3, "descriptive", 90,
                        List.of("lead@council.example"), "2026-03-04", "2026-03-11", 5, 14),
                "lead@council.example", T0, "https://cg.example");
        return room;
    }

    private String id(String kind) { return kind + String.format("%03d", ++next); }

    public Rooms person(String id, String name, String perspective) {
        participants.add(new Participant(id, WORKSHOP, name, perspective, "en", null, false, "hash-" + id, T0, EXPIRES));
        return this;
    }

    public Rooms personWithEmail(String id, String name, String perspective, String email, boolean consent) {
        participants.add(new Participant(id, WORKSHOP, name, perspective, "en", email, consent, "hash-" + id, T0, EXPIRES));
        return this;
    }

    /** A statement; answers its id. */
    public String says(String participantId, Prompt prompt, String text) {
        return statement(participantId, prompt, text, false, null);
    }

    public String statement(String participantId, Prompt prompt, String text, boolean hidden, String themeId) {
        String id = id("s");
        statements.add(new Statement(id, WORKSHOP, participantId, prompt, text, Source.ONLINE, null, hidden,
                T0.plusSeconds(next), T0.plusSeconds(next), EXPIRES, themeId, next, null, null));
        return id;
    }

    /** A theme with its dot totals by perspective; answers its id. */
    public String theme(Prompt category, String title, Map<String, Integer> dotsBy) {
        String id = id("t");
        int dots = dotsBy.values().stream().mapToInt(Integer::intValue).sum();
        themes.add(new Theme(id, WORKSHOP, category, title, themes.size(), 1, dots, dotsBy, T0, EXPIRES));
        return id;
    }

    public Rooms vote(Vote.Round round, String participantId, String perspective, String targetId, int dots) {
        votes.add(new Vote(WORKSHOP, round, participantId, perspective, targetId, dots, EXPIRES));
        (round == Vote.Round.THEMES ? themeDots : ideaDots).merge(participantId, dots, Integer::sum);
        return this;
    }

    public String cause(String themeId, String parentId, int depth, String text, String participantId) {
        String id = id("c");
        causes.add(new Cause(id, WORKSHOP, themeId, parentId, depth, text, participantId, T0, EXPIRES));
        return id;
    }

    public String success(String themeId, String perspective, String text, String participantId) {
        String id = id("u");
        successes.add(new SuccessStatement(id, WORKSHOP, themeId, perspective, text, participantId, T0, EXPIRES));
        return id;
    }

    public String inPlace(String themeId, String text, String participantId) {
        String id = id("p");
        inPlace.add(new InPlaceItem(id, WORKSHOP, themeId, text, participantId, T0, EXPIRES));
        return id;
    }

    public String idea(String themeId, Lens lens, String text, String participantId, Map<String, Integer> dotsBy) {
        String id = id("i");
        int dots = dotsBy.values().stream().mapToInt(Integer::intValue).sum();
        ideas.add(new Idea(id, WORKSHOP, themeId, lens, text, participantId, dots, dotsBy, T0, EXPIRES));
        return id;
    }

    public String plan(String ideaId, String title, String leadName, String leadEmail, ActionStatus status) {
        String id = id("a");
        actions.add(new ActionPlan(id, WORKSHOP, ideaId, title, new ActionPlan.Lead(leadName, leadEmail),
                List.of(new ActionPlan.Step("Ask the bus company", leadName, "2026-04-01")), "Carers' group", "Fewer missed buses",
                status, "hash-" + id, T0, EXPIRES));
        return id;
    }

    public Rooms supports(String actionId, String participantId) {
        supporters.add(new Supporter(WORKSHOP, actionId, participantId, EXPIRES));
        return this;
    }

    public Rooms update(String actionId, String text, ActionStatus status, Instant at) {
        updates.add(new ProgressUpdate(id("g"), WORKSHOP, actionId, text, status, false, at, EXPIRES));
        return this;
    }

    public Rooms undelivered(String subject) {
        undelivered.add(new UndeliveredEmail("day_summary", subject, 1, "address refused", T0));
        return this;
    }

    public Snapshot snapshot() {
        return new Snapshot(workshop, List.copyOf(participants), List.copyOf(statements), List.copyOf(themes), List.copyOf(votes),
                Map.copyOf(themeDots), List.copyOf(causes), List.copyOf(successes), List.copyOf(inPlace), List.copyOf(ideas),
                Map.copyOf(ideaDots), new GridState(null, List.of(), List.of(), Map.of()), List.copyOf(actions),
                List.copyOf(supporters), List.copyOf(updates), List.copyOf(undelivered), null, List.of());
    }
}
