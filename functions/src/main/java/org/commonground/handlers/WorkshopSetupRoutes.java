package org.commonground.handlers;

import java.util.Set;
import org.commonground.api.Reply;
import org.commonground.api.RequestBody;
import org.commonground.api.Routes;
import org.commonground.api.WorkshopRequests;
import org.commonground.auth.Caller;
import org.commonground.board.Snapshot;
import org.commonground.outbox.MailAccount;
import org.commonground.records.Exports;
import org.commonground.workshops.NewWorkshop;
import org.commonground.workshops.WorkshopViews;
import org.commonground.workshops.Workshops;

/** Setting workshops up: creating one (fresh or copied from another), changing it, listing them, deleting one. */
final class WorkshopSetupRoutes {
    private WorkshopSetupRoutes() {}

    /**
     * Adds POST and GET /api/workshops, PATCH and DELETE /api/workshops/{id}; {@code mail} says
     * whether email is still in SES's sandbox, {@code exports} deletes a workshop with its files.
     */
    static void addTo(Routes routes, CommonGround app, MailAccount mail, Exports exports) {
        routes.add("POST /api/workshops", r -> {
            Caller.Facilitator f = app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(WorkshopRequests.CREATE_FIELDS);
            NewWorkshop base = app.workshops().startingPoint(WorkshopRequests.copyFrom(body), app.configuration().defaultRetentionDays());
            NewWorkshop request = WorkshopRequests.setup(body, base);
            return Reply.created(WorkshopViews.facilitator(r.site(), app.workshops().create(f.email(), request, r.site())));
        });

        routes.add("PATCH /api/workshops/{id}", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            RequestBody body = r.body(WorkshopRequests.FIELDS);
            Snapshot snapshot = app.snapshots().load(id).orElseThrow(Workshops::missing);
            NewWorkshop setup = WorkshopRequests.setup(body, snapshot.workshop().setup());
            return Reply.ok(WorkshopViews.facilitator(r.site(), app.workshops().change(snapshot.workshop(), setup, snapshot.inUse())));
        });

        routes.add("GET /api/workshops", r -> {
            app.tokens().facilitator(r.bearerToken());
            // A rehearsal lives only seconds while a new version is primed; it is nobody's workshop.
            var workshops = app.workshops().all().stream().filter(w -> !Rehearsal.isOne(w)).toList();
            return Reply.ok(WorkshopViews.list(r.site(), workshops, mail.sandboxed()));
        });

        routes.add("DELETE /api/workshops/{id}", r -> {
            app.tokens().facilitator(r.bearerToken());
            String confirm = r.body(Set.of("confirm")).text("confirm");
            exports.deleteWorkshop(r.id("id", "workshop"), confirm);
            return Reply.noContent();
        });
    }
}
