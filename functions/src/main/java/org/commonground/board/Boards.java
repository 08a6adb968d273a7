package org.commonground.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.actionplans.Supporter;
import org.commonground.auth.Caller;
import org.commonground.grid.GridState;
import org.commonground.grid.Placement;
import org.commonground.kernel.WireNames;
import org.commonground.statements.ImportRecord;
import org.commonground.statements.Participant;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.SuccessStatement;
import org.commonground.themes.Theme;
import org.commonground.voting.Vote;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.StageTimer;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.WorkshopStore;
import org.commonground.workshops.Workshops;

/** Builds the board each caller polls. An unchanged version costs one read; a change, one query. */
public final class Boards {
    private final WorkshopStore workshopStore;
    private final Snapshots snapshots;

    /** Today and the advised date for a first step, in London. */
    public static Board.PlanDates planDates(java.time.Clock clock) {
        java.time.LocalDate today = org.commonground.actionplans.NewActionPlan.today(clock);
        return new Board.PlanDates(today.toString(), today.plusDays(org.commonground.actionplans.NewActionPlan.FIRST_STEP_WITHIN_DAYS).toString());
    }

    private final java.time.Clock clock;

    public Boards(WorkshopStore workshopStore, Snapshots snapshots, java.time.Clock clock) {
        this.clock = clock;
        this.workshopStore = workshopStore;
        this.snapshots = snapshots;
    }

    /**
     * The last snapshot read of each workshop, kept while it is the latest version. A room of
     * people polling sees each version change together, so one read serves everyone this
     * function instance answers, instead of one read of the whole workshop per person.
     */
    private final Map<String, Snapshot> latest = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) { return size() > 32; }
    });

    /** Empty when the caller already has this version. */
    public Optional<Board> read(Caller caller, String workshopId, Long sinceVersion, String site) {
        long version = workshopStore.version(workshopId).orElseThrow(Workshops::missing);
        if (sinceVersion != null && version == sinceVersion) return Optional.empty();
        Snapshot snapshot = latest.get(workshopId);
        if (snapshot == null || snapshot.workshop().version() < version) {
            // The cheaper read may lag a moment behind the version just read; then read for certain.
            snapshot = snapshots.loadSoon(workshopId).filter(s -> s.workshop().version() >= version)
                    .or(() -> snapshots.load(workshopId)).orElseThrow(Workshops::missing);
            latest.put(workshopId, snapshot);
        }
        return Optional.of(build(caller, snapshot, site));
    }

    /**
     * The top "not working" themes by dots (then by statements), which go on to root causes and
     * success. A theme with no visible statement is never a priority, whatever its dots: there
     * would be nothing to ask "why?" about.
     */
    public static List<Theme> priorities(Snapshot s) {
        Map<String, Long> counts = statementCounts(s.visible().statements());
        return s.themes().stream()
                .filter(t -> t.category() == Prompt.NOT_WORKING && counts.getOrDefault(t.id(), 0L) > 0)
                .sorted(Comparator.comparingInt(Theme::dots).reversed()
                        .thenComparing(t -> -counts.getOrDefault(t.id(), 0L))
                        .thenComparing(Theme::title))
                .limit(s.workshop().settings().topThemes())
                .toList();
    }

    /** Themes in the order the room reads them: by question, then by how many statements they hold. */
    public static List<Theme> ranked(Snapshot s) {
        Map<String, Long> counts = statementCounts(s.visible().statements());
        return s.themes().stream()
                .sorted(Comparator.comparing(Theme::category)
                        .thenComparing(t -> -counts.getOrDefault(t.id(), 0L))
                        .thenComparingInt(Theme::position)
                        .thenComparing(Theme::title))
                .toList();
    }

    /** How many visible statements each theme holds. */
    public static Map<String, Long> statementCounts(List<Statement> statements) {
        Map<String, Long> counts = new HashMap<>();
        for (Statement st : statements) {
            if (st.themeId() != null && !st.hidden()) counts.merge(st.themeId(), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * A facilitator sees every contribution, each hidden or held one flagged; everyone else
     * sees what is shown, and a participant also their own held contributions, flagged, so they
     * know these are waiting. Counts and rankings leave hidden and held ones out for everyone.
     */
    private Board build(Caller caller, Snapshot all, String site) {
        Snapshot s = all.visible();
        Workshop w = s.workshop();
        boolean facilitator = caller instanceof Caller.Facilitator;
        String me = caller instanceof Caller.Participant p ? p.participantId() : null;
        boolean gathering = w.phase() == Phase.SETUP || w.phase() == Phase.GATHERING;
        Moderated flags = new Moderated(all, facilitator, me);
        java.util.Set<String> visibleIds = new java.util.HashSet<>();
        s.causes().forEach(c -> visibleIds.add(c.id()));
        s.successes().forEach(su -> visibleIds.add(su.id()));
        s.inPlace().forEach(i -> visibleIds.add(i.id()));
        s.ideas().forEach(i -> visibleIds.add(i.id()));

        Map<String, String> perspectiveOf = new HashMap<>();
        People people = People.of(s);
        Map<String, Integer> byPerspective = new LinkedHashMap<>();
        people.byPerspective().forEach((id, c) -> byPerspective.put(id, c.joined()));
        Board.Me mine = null;
        for (Participant p : s.participants()) {
            perspectiveOf.put(p.id(), p.perspective());
            if (p.id().equals(me)) {
                Integer left = switch (w.phase()) {
                    case THEME_VOTING -> w.settings().dotBudget() - s.themeDotsSpent().getOrDefault(me, 0);
                    case IDEA_VOTING -> w.settings().ideaDotBudget() - s.ideaDotsSpent().getOrDefault(me, 0);
                    default -> null;
                };
                mine = new Board.Me(p.id(), p.name(), p.perspective(), p.language(), p.updatesConsent(), left);
            }
        }

        Map<String, Integer> byPrompt = new LinkedHashMap<>();
        for (Prompt prompt : Prompt.values()) byPrompt.put(prompt.wire(), 0);
        for (Statement st : s.statements()) byPrompt.merge(st.prompt().wire(), 1, Integer::sum);
        int hidden = 0;
        int held = 0;
        List<Board.StatementView> shown = new ArrayList<>();
        Map<String, List<String>> inTheme = new HashMap<>();
        List<Statement> statements = new ArrayList<>(all.statements());
        statements.sort(Comparator.comparing(Statement::id));
        for (Statement st : statements) {
            boolean isHidden = st.hidden() || all.hidden().contains(st.id());
            boolean isHeld = !isHidden && all.held().contains(st.id());
            if (isHidden) hidden++;
            if (isHeld) held++;
            boolean own = st.participantId().equals(me);
            Boolean heldFlag = isHeld ? Boolean.TRUE : null;
            if (facilitator) {
                shown.add(new Board.StatementView(st.id(), st.prompt().wire(), st.text(), st.source().wire(),
                        st.perspective() != null ? st.perspective() : perspectiveOf.get(st.participantId()), isHidden, heldFlag, null, st.themeId(), st.createdAt(), st.updatedAt()));
            } else if (own && gathering) {
                shown.add(new Board.StatementView(st.id(), st.prompt().wire(), st.text(), st.source().wire(), null,
                        isHidden ? Boolean.TRUE : null, heldFlag, true, st.themeId(), st.createdAt(), st.updatedAt()));
            } else if (!gathering && !isHidden && !isHeld) {
                shown.add(new Board.StatementView(st.id(), st.prompt().wire(), st.text(), null, null, null, null,
                        own ? Boolean.TRUE : null, st.themeId(), null, null));
            }
        }
        List<Statement> byThemeOrder = new ArrayList<>(s.statements());
        byThemeOrder.sort(Comparator.comparingLong(Statement::themeOrder).thenComparing(Statement::id));
        for (Statement st : byThemeOrder) {
            if (st.themeId() != null) inTheme.computeIfAbsent(st.themeId(), k -> new ArrayList<>()).add(st.id());
        }

        Map<String, Integer> myDots = new HashMap<>();
        for (Vote v : s.votes()) {
            if (v.participantId().equals(me)) myDots.put(v.targetId(), v.dots());
        }
        List<Board.ThemeView> themes = ranked(s).stream().map(t -> {
            List<String> ids = inTheme.getOrDefault(t.id(), List.of());
            return new Board.ThemeView(t.id(), t.category().wire(), t.title(), t.position(), t.version(), ids, ids.size(),
                    t.dots(), t.dotsByPerspective(), me == null ? null : myDots.getOrDefault(t.id(), 0));
        }).toList();

        List<Board.CauseView> causes = all.causes().stream()
                .filter(c -> flags.sees(c.id(), c.participantId(), visibleIds.contains(c.id())))
                .sorted(Comparator.comparing(Cause::id))
                .map(c -> new Board.CauseView(c.id(), c.themeId(), c.parentId(), c.depth(), c.text(),
                        me != null && me.equals(c.participantId()) ? Boolean.TRUE : null, flags.hidden(c.id()), flags.held(c.id())))
                .toList();
        List<Board.SuccessView> success = all.successes().stream()
                .filter(su -> flags.sees(su.id(), su.participantId(), visibleIds.contains(su.id())))
                .sorted(Comparator.comparing(SuccessStatement::id))
                .map(su -> new Board.SuccessView(su.id(), su.themeId(), su.perspective(), su.text(),
                        me != null && me.equals(su.participantId()) ? Boolean.TRUE : null, flags.hidden(su.id()), flags.held(su.id())))
                .toList();

        List<Board.InPlaceView> inPlace = all.inPlace().stream()
                .filter(i -> flags.sees(i.id(), i.participantId(), visibleIds.contains(i.id())))
                .sorted(Comparator.comparing(InPlaceItem::id))
                .map(i -> new Board.InPlaceView(i.id(), i.themeId(), i.text(), me != null && me.equals(i.participantId()) ? Boolean.TRUE : null,
                        flags.hidden(i.id()), flags.held(i.id())))
                .toList();
        List<String> shortlist = s.shortlist();
        List<Board.IdeaView> ideas = all.ideas().stream()
                .filter(i -> flags.sees(i.id(), i.participantId(), visibleIds.contains(i.id())))
                .sorted(Comparator.comparing(Idea::id))
                .map(i -> new Board.IdeaView(i.id(), i.themeId(), i.lens().wire(), i.text(), i.dots(), i.dotsByPerspective(),
                        me == null ? null : myDots.getOrDefault(i.id(), 0), me != null && me.equals(i.participantId()) ? Boolean.TRUE : null,
                        shortlist.contains(i.id()) ? grid(s.grid(), i.id(), me) : null, flags.hidden(i.id()), flags.held(i.id())))
                .toList();
        Snapshot plans = facilitator ? all : s;
        List<Board.ActionView> actions = plans.actions().stream()
                .sorted(Comparator.comparing(ActionPlan::id))
                .map(a -> action(plans, a, me, facilitator, flags))
                .toList();

        Board.WorkshopView view = new Board.WorkshopView(w.id(), w.code(), w.title().en(), w.focus().en(), Workshops.joinUrl(site, w),
                w.languages(), w.prompts(), w.perspectives(), facilitator ? w.settings() : publicSettings(w),
                Map.of("title", w.title(), "focus", w.focus()));
        Board.Counts counts = new Board.Counts(people.joined(), s.statements().size(), facilitator ? hidden : 0,
                facilitator ? held : null, byPrompt, byPerspective,
                people.joined(), people.answeredBeforehand(), people.writtenDown(), people.byPerspective());
        List<Board.ImportView> imports = facilitator ? s.imports().stream()
                .sorted(Comparator.comparing(ImportRecord::id))
                .map(i -> new Board.ImportView(i.id(), i.fileName(), i.source().wire(), i.people(), i.statements(), i.importedAt()))
                .toList() : null;
        return new Board(w.version(), w.phase().wire(), view, counts, shown, themes,
                priorities(s).stream().map(Theme::id).toList(), causes, success, inPlace, ideas, shortlist, actions,
                facilitator ? s.undelivered() : null, mine, timer(s), me == null ? progress(s) : null, imports, planDates(clock));
    }

    private static Board.Timer timer(Snapshot s) {
        StageTimer timer = s.timer() == null ? null : s.timer().in(s.workshop().phase());
        return timer == null ? null : new Board.Timer(timer.endsAt());
    }

    /** Counts people, not contributions: someone who added three ideas counts once. */
    static Board.Progress progress(Snapshot s) {
        // Each count is "of those who joined": an answer written down for someone who never joined is not one of them.
        java.util.Set<String> joined = new java.util.HashSet<>();
        s.participants().forEach(p -> joined.add(p.id()));
        java.util.function.Function<java.util.stream.Stream<String>, Integer> people =
                ids -> (int) ids.filter(joined::contains).distinct().count();
        java.util.Set<String> ideaIds = new java.util.HashSet<>();
        s.ideas().forEach(i -> ideaIds.add(i.id()));
        return new Board.Progress(
                s.participants().size(),
                people.apply(s.statements().stream().filter(st -> !st.hidden()).map(Statement::participantId)),
                people.apply(s.themeDotsSpent().entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)),
                people.apply(s.causes().stream().map(Cause::participantId)),
                people.apply(s.successes().stream().map(SuccessStatement::participantId)),
                people.apply(s.inPlace().stream().map(InPlaceItem::participantId)),
                people.apply(s.ideas().stream().map(Idea::participantId)),
                people.apply(s.ideaDotsSpent().entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)),
                people.apply(s.grid().placements().stream().filter(p -> ideaIds.contains(p.ideaId())).map(Placement::participantId)),
                people.apply(s.supporters().stream().map(Supporter::participantId)));
    }

    /** Who sees which contribution, and the flags a facilitator sees on them. */
    private record Moderated(Snapshot all, boolean facilitator, String me) {
        boolean sees(String id, String author, boolean shown) {
            return facilitator || shown || (me != null && me.equals(author) && all.held().contains(id) && !all.hidden().contains(id));
        }

        Boolean hidden(String id) {
            return facilitator && all.hidden().contains(id) ? Boolean.TRUE : null;
        }

        Boolean held(String id) {
            return all.held().contains(id) && !all.hidden().contains(id) && (facilitator || me != null) ? Boolean.TRUE : null;
        }
    }

    private static Board.Grid grid(GridState grid, String ideaId, String me) {
        Board.GridPosition position = grid.position(ideaId)
                .map(p -> new Board.GridPosition(p.effort(), p.difference(), WireNames.of(p.quadrant())))
                .orElse(null);
        List<Placement> placements = grid.placementsOf(ideaId);
        Board.GridPlacement mine = placements.stream().filter(p -> p.participantId().equals(me)).findFirst()
                .map(p -> new Board.GridPlacement(p.effort(), p.difference())).orElse(null);
        List<Board.NudgeView> trail = grid.nudgesOf(ideaId).stream().map(n -> new Board.NudgeView(n.direction().wire(), n.at())).toList();
        return new Board.Grid(position, grid.fixed().containsKey(ideaId), placements.size(), mine, trail);
    }

    private static Board.ActionView action(Snapshot s, ActionPlan a, String me, boolean facilitator, Moderated flags) {
        List<Supporter> supporters = s.supporters().stream().filter(sp -> sp.actionId().equals(a.id())).toList();
        List<Board.UpdateView> updates = s.updates().stream().filter(u -> u.actionId().equals(a.id()))
                .sorted(Comparator.comparing(ProgressUpdate::id))
                .map(u -> new Board.UpdateView(u.id(), u.text(), u.status().wire(), u.at(), flags.hidden(u.id()), flags.held(u.id()))).toList();
        return new Board.ActionView(a.id(), a.ideaId(), a.title(), facilitator ? a.lead().name() : a.lead().firstName(),
                facilitator ? a.lead().email() : null,
                a.steps().stream().map(st -> new Board.StepView(st.text(), facilitator ? st.owner() : ActionPlan.firstName(st.owner()), st.due())).toList(),
                a.involve(), a.measure(), a.status().wire(), supporters.size(),
                me == null ? null : supporters.stream().anyMatch(sp -> sp.participantId().equals(me)), updates,
                flags.hidden(a.id()), flags.held(a.id()));
    }

    /** What everyone may know of the settings: the voting rules. */
    private static Map<String, Object> publicSettings(Workshop w) {
        return Map.of("dotBudget", w.settings().dotBudget(), "dotCap", w.settings().dotCap(), "topThemes", w.settings().topThemes(),
                "ideaDotBudget", w.settings().ideaDotBudget(), "ideaDotCap", w.settings().ideaDotCap(), "lensNames", w.settings().lensNames(),
                "holdContributions", w.settings().holdContributions());
    }
}
