package org.commonground.handlers;

import java.util.Map;
import org.commonground.api.Reply;
import org.commonground.api.Routes;

/** Links that open the big screen without signing in: made, listed and revoked by facilitators. */
final class ScreenLinkRoutes {
    private ScreenLinkRoutes() {}

    /** Adds POST and GET /api/workshops/{id}/screen-links and DELETE /api/workshops/{id}/screen-links/{linkId}. */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/screen-links", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Reply.created(app.screenLinks().issue(r.id("id", "workshop"), r.site()));
        });

        routes.add("GET /api/workshops/{id}/screen-links", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Reply.ok(Map.of("links", app.screenLinks().list(r.id("id", "workshop"))));
        });

        routes.add("DELETE /api/workshops/{id}/screen-links/{linkId}", r -> {
            app.tokens().facilitator(r.bearerToken());
            app.screenLinks().revoke(r.id("id", "workshop"), r.id("linkId", "screen link"));
            return Reply.noContent();
        });
    }
}
