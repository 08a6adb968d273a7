package org.commonground.handlers;

import org.commonground.api.ApiHandler;
import org.commonground.aws.SesMailAccount;
import org.commonground.outbox.MailAccount;
import org.commonground.records.Exports;

/**
 * The workshops function: facilitator sign-in, workshop setup, joining, running the room and the
 * board, the records, and big-screen links. Its routes are in the groups it adds.
 */
public final class WorkshopsHandler extends ApiHandler {
    private final Deployment deployment;

    /** As Lambda makes it: the deployment from the environment. */
    public WorkshopsHandler() { this(Deployment.shared()); }

    /** On {@code deployment}, asking SES whether the account is in its sandbox. */
    public WorkshopsHandler(Deployment deployment) {
        this(deployment, new SesMailAccount(deployment::ses, deployment.clock()));
    }

    /** With the mail account given: whether it is in SES's sandbox decides the console's warning. */
    public WorkshopsHandler(Deployment deployment, MailAccount mail) {
        super(deployment.configuration(), CommonGround.savingOnce(deployment), CommonGround.storagePriming(deployment, WorkshopsHandler.class));
        this.deployment = deployment;
        CommonGround app = CommonGround.of(deployment);
        Exports exports = new Exports(app.workshops(), app.snapshots(), deployment.exportFiles(),
                app.configuration().exportInlineBytes(), deployment.clock());
        SignInRoutes.addTo(routes(), app);
        WorkshopSetupRoutes.addTo(routes(), app, mail, exports);
        RoomRoutes.addTo(routes(), app);
        JoinPageRoutes.addTo(routes(), app);
        RecordsRoutes.addTo(routes(), app, exports);
        ScreenLinkRoutes.addTo(routes(), app);
    }

    /** Before the snapshot: {@link Rehearsals#workshops}. */
    @Override
    protected void rehearse(Rehearsing room) {
        Rehearsals.workshops(deployment, room);
    }
}
