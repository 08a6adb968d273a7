package org.commonground.handlers;

import java.util.ArrayList;
import java.util.List;
import org.commonground.auth.Caller;
import org.commonground.auth.Floods;
import org.commonground.aws.DynamoRateLimits;
import org.commonground.aws.Table;
import org.commonground.statements.Gathering;
import org.commonground.themes.Lens;
import org.commonground.workshops.NewWorkshop;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Wording;

/**
 * A workshop that lives only while a function is primed for its SnapStart snapshot, so the
 * function's main routes run for real before it: made, set at the stage the routes need, then
 * deleted with everything it led to (its items, tokens and vectors, as any deleted workshop,
 * and its flood counters). No one can see it: its facilitator address cannot sign in (the
 * {@code .invalid} domain, RFC 2606), the facilitators' list leaves it out, its join code is
 * shown nowhere, and it is deleted within seconds; if priming stops half-way it expires after a
 * day, the shortest retention. It has no dates, email addresses or leads, so the schedule has
 * nothing to send for it.
 */
final class Rehearsal implements AutoCloseable {
    static final String FACILITATOR = "rehearsal@common-ground.invalid";
    private static final String SITE = "https://rehearsal.invalid";
    private final CommonGround app;
    private final Floods floods;
    private final Workshop workshop;
    private final Caller.Facilitator facilitator = new Caller.Facilitator(FACILITATOR, "");
    private final List<String> people = new ArrayList<>();

    Rehearsal(Deployment deployment) {
        this.app = CommonGround.of(deployment);
        this.floods = new Floods(new DynamoRateLimits(new Table(deployment.dynamo(), deployment.configuration().tableName())), deployment.clock());
        NewWorkshop start = NewWorkshop.startingPoint(1);
        this.workshop = app.workshops().create(FACILITATOR, new NewWorkshop(Wording.same("Rehearsal"), Wording.same("Rehearsal"), start.languages(),
                start.prompts(), start.perspectives(), start.settings()), SITE);
    }

    /** Whether {@code workshop} is a rehearsal's, which no facilitator's list shows. */
    static boolean isOne(Workshop workshop) {
        return FACILITATOR.equals(workshop.createdBy());
    }

    String id() { return workshop.id(); }
    String code() { return workshop.code(); }

    /** The workshop's first perspective, as a person joining would choose it. */
    String perspective() { return workshop.perspectives().getFirst().id(); }

    /** Someone joins (in English, no name or email); answers their token. */
    String join() {
        var joined = app.gathering().join(id(), new Gathering.Joining(null, perspective(), "en", null, false), SITE);
        people.add(joined.participant().id());
        return joined.token();
    }

    /** The person with {@code token} answers "what is not working" in their own words. */
    void answer(String token, String text) {
        app.gathering().add(app.tokens().participant(java.util.Optional.of(token), id()), id(),
                new Gathering.NewStatement(Prompt.NOT_WORKING, text, null, null, null));
    }

    /** {@code count} people join; answers their tokens. */
    List<String> join(int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) tokens.add(join());
        return tokens;
    }

    /** A theme for "what is not working", as the facilitator would make it; answers its id. */
    String theme() {
        return app.clustering().create(id(), Prompt.NOT_WORKING, "I want a proper break").id();
    }

    /** An idea from the facilitator; answers its id. */
    String idea() {
        return app.ideas().addIdea(facilitator, id(), null, Lens.COMMUNITY, "A neighbour rota").id();
    }

    /** Puts {@code ideaIds} on the grid's shortlist. */
    void shortlist(List<String> ideaIds) { app.grid().chooseShortlist(id(), ideaIds); }

    /** Moves the workshop to {@code phase}, without the day summaries a facilitator's move sends. */
    void moveTo(Phase phase) { app.workshops().movePhase(id(), phase); }

    /** Deletes the workshop and all it led to, and its flood counters. */
    @Override
    public void close() {
        app.workshops().delete(id(), code());
        floods.forget(id(), people);
    }
}
