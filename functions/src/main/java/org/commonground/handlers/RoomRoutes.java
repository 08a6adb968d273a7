package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.api.Reply;
import org.commonground.api.Routes;
import org.commonground.api.WorkshopRequests;
import org.commonground.auth.Caller;

/**
 * Running the room: moving between the method's stages, the countdown, hiding a contribution,
 * and the board everyone polls.
 */
final class RoomRoutes {
    private RoomRoutes() {}

    /**
     * Adds PUT /api/workshops/{id}/phase, /timer and /items/{itemId}/hidden (facilitators), and
     * GET /api/workshops/{id}/board (anyone in the workshop, 304 when nothing changed since {@code ?since=}).
     */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("PUT /api/workshops/{id}/items/{itemId}/hidden", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            String itemId = r.id("itemId", "contribution");
            boolean hidden = WorkshopRequests.hidden(r.body(Set.of("hidden")));
            return Reply.ok(app.moderation().setHidden(id, itemId, hidden, r.site()));
        });

        routes.add("PUT /api/workshops/{id}/phase", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            return Reply.ok(app.stageMoves().move(id, WorkshopRequests.phase(r.body(Set.of("phase")))));
        });

        routes.add("PUT /api/workshops/{id}/timer", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            int seconds = WorkshopRequests.timerSeconds(r.body(Set.of("seconds")));
            return Reply.ok(Map.of("seconds", seconds, "version", app.workshops().setTimer(id, seconds)));
        });

        routes.add("GET /api/workshops/{id}/board", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().reader(r.bearerToken(), id);
            Long since = r.queryNumber("since", "invalid_since", "'since' must be the version number from an earlier board.").orElse(null);
            return app.boards().read(caller, id, since, r.site()).map(Reply::ok).orElseGet(Reply::notModified);
        });
    }
}
