package org.commonground.handlers;

import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.api.VoteRequests;

/** The voting function: each person sets their dots on a theme (day 1) or an idea (day 2). */
public final class VotingHandler extends ApiHandler {
    private final Deployment deployment;

    /** As Lambda makes it: the deployment from the environment. */
    public VotingHandler() { this(Deployment.shared()); }

    /** On {@code deployment}. */
    public VotingHandler(Deployment deployment) {
        super(deployment.configuration(), CommonGround.savingOnce(deployment), CommonGround.storagePriming(deployment, VotingHandler.class));
        this.deployment = deployment;
        CommonGround app = CommonGround.of(deployment);

        route("PUT /api/workshops/{id}/votes/{targetId}", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().participant(r.bearerToken(), id);
            int dots = VoteRequests.dots(r.body(Set.of("dots")));
            return Reply.ok(app.voting().setDots(caller, id, r.id("targetId", "theme or idea"), dots));
        });
    }

    /** Before the snapshot: {@link Rehearsals#voting}. */
    @Override
    protected void rehearse(Rehearsing room) {
        Rehearsals.voting(deployment, room);
    }
}
