package org.commonground.handlers;

import java.util.Map;
import org.commonground.api.Reply;
import org.commonground.api.Routes;

/** Participants signing up to support a plan, and leaving it. */
final class SupporterRoutes {
    private SupporterRoutes() {}

    /** Adds POST /api/workshops/{id}/actions/{aid}/supporters and DELETE .../supporters/me (participants only). */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/actions/{aid}/supporters", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().participant(r.bearerToken(), id);
            app.actions().support(caller, id, r.id("aid", "action plan"));
            return Reply.created(Map.of("actionId", r.path("aid"), "supporting", true));
        });

        routes.add("DELETE /api/workshops/{id}/actions/{aid}/supporters/me", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().participant(r.bearerToken(), id);
            app.actions().leave(caller, id, r.id("aid", "action plan"));
            return Reply.noContent();
        });
    }
}
