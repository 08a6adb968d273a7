package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ActionStatus;
import org.commonground.actionplans.PlanViews;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.api.PlanRequests;
import org.commonground.api.Reply;
import org.commonground.api.RequestBody;
import org.commonground.api.Routes;

/** Action plans: writing one, handing it to another lead, and the lead reading it and posting progress. */
final class ActionPlanRoutes {
    private ActionPlanRoutes() {}

    /**
     * Adds POST /api/workshops/{id}/actions, PATCH and GET /api/workshops/{id}/actions/{aid}
     * (facilitators; the plan's lead), and POST .../actions/{aid}/updates (the lead).
     */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/actions", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().member(r.bearerToken(), id);
            var request = PlanRequests.newPlan(r.body(PlanRequests.FIELDS), app.actions().today());
            return Reply.created(PlanViews.created(app.actions().create(caller, id, request, r.site())));
        });

        routes.add("PATCH /api/workshops/{id}/actions/{aid}", r -> {
            var facilitator = app.tokens().facilitator(r.bearerToken());
            ActionPlan.Lead lead = PlanRequests.lead(r.body(Set.of("lead")));
            var sent = app.actions().reassign(facilitator, r.id("id", "workshop"), r.id("aid", "action plan"), lead, r.site());
            return Reply.ok(PlanViews.handedOver(r.path("aid"), lead, sent));
        });

        routes.add("GET /api/workshops/{id}/actions/{aid}", r -> {
            String id = r.id("id", "workshop");
            String aid = r.id("aid", "action plan");
            app.tokens().leadOf(r.bearerToken(), id, aid);
            return Reply.ok(app.actions().plan(id, aid));
        });

        routes.add("POST /api/workshops/{id}/actions/{aid}/updates", r -> {
            String id = r.id("id", "workshop");
            String aid = r.id("aid", "action plan");
            var caller = app.tokens().leadOf(r.bearerToken(), id, aid);
            RequestBody body = r.body(Set.of("text", "status"));
            ActionStatus status = PlanRequests.status(body);
            ProgressUpdate update = app.actions().postUpdate(caller, id, aid, body.text("text"), status);
            return Reply.created(Map.of("id", update.id(), "status", status.wire()));
        });
    }
}
