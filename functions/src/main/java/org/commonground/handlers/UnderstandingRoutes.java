package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.api.Reply;
import org.commonground.api.RequestBody;
import org.commonground.api.ResponseRequests;
import org.commonground.api.Routes;
import org.commonground.auth.Caller;
import org.commonground.themes.Cause;
import org.commonground.themes.SuccessStatement;

/** Understanding a theme: its root causes ("why?", asked again of a cause) and what success would look like. */
final class UnderstandingRoutes {
    private UnderstandingRoutes() {}

    /** Adds POST /api/workshops/{id}/causes (answers the cause's id and depth) and POST /api/workshops/{id}/success (its id). */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/causes", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("themeId", "parentId", "text"));
            String parentId = ResponseRequests.parentCause(body);
            Cause cause = app.understanding().addCause(caller, id, ResponseRequests.themeId(body), parentId, body.text("text"));
            return Reply.created(Map.of("id", cause.id(), "depth", cause.depth()));
        });

        routes.add("POST /api/workshops/{id}/success", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("themeId", "perspective", "text"));
            SuccessStatement success = app.understanding().addSuccess(caller, id, ResponseRequests.themeId(body),
                    body.text("perspective"), body.text("text"));
            return Reply.created(Map.of("id", success.id()));
        });
    }
}
