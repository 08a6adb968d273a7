package org.commonground.handlers;

import org.commonground.api.ApiHandler;

/**
 * The responses function: joining, the statements people give in their own words, what they
 * add to themes, and imported answers. Its routes are in the groups it adds.
 */
public final class ResponsesHandler extends ApiHandler {
    private final Deployment deployment;

    /** As Lambda makes it: the deployment from the environment. */
    public ResponsesHandler() { this(Deployment.shared()); }

    /** On {@code deployment}. */
    public ResponsesHandler(Deployment deployment) {
        super(deployment.configuration(), CommonGround.savingOnce(deployment), CommonGround.storagePriming(deployment, ResponsesHandler.class));
        this.deployment = deployment;
        CommonGround app = CommonGround.of(deployment);
        ParticipantRoutes.addTo(routes(), app);
        StatementRoutes.addTo(routes(), app);
        UnderstandingRoutes.addTo(routes(), app);
        IdeaRoutes.addTo(routes(), app);
        ImportRoutes.addTo(routes(), app);
    }

    /** Before the snapshot: {@link Rehearsals#responses}. */
    @Override
    protected void rehearse(Rehearsing room) {
        Rehearsals.responses(deployment, room);
    }
}
