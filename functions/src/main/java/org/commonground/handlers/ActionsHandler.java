package org.commonground.handlers;

import org.commonground.api.ApiHandler;

/**
 * The actions function: the day summaries, action plans, their supporters and progress, and
 * keeping in touch. Its routes are in the groups it adds.
 */
public final class ActionsHandler extends ApiHandler {
    private final Deployment deployment;

    /** As Lambda makes it: the deployment from the environment. */
    public ActionsHandler() { this(Deployment.shared()); }

    /** On {@code deployment}. */
    public ActionsHandler(Deployment deployment) {
        super(deployment.configuration(), CommonGround.savingOnce(deployment), CommonGround.storagePriming(deployment, ActionsHandler.class));
        this.deployment = deployment;
        CommonGround app = CommonGround.of(deployment);
        SummaryRoutes.addTo(routes(), app);
        ActionPlanRoutes.addTo(routes(), app);
        KeepingInTouchRoutes.addTo(routes(), app);
        SupporterRoutes.addTo(routes(), app);
    }

    /** Before the snapshot: {@link Rehearsals#actions}. */
    @Override
    protected void rehearse(Rehearsing room) {
        Rehearsals.actions(deployment, room);
    }
}
