package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.api.Reply;
import org.commonground.api.RequestBody;
import org.commonground.api.ResponseRequests;
import org.commonground.api.Routes;
import org.commonground.auth.Caller;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;

/** Answering a theme: what is already in place, and ideas through the three lenses. */
final class IdeaRoutes {
    private IdeaRoutes() {}

    /** Adds POST /api/workshops/{id}/in-place and POST /api/workshops/{id}/ideas; each answers the new item's id. */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/in-place", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("themeId", "text"));
            InPlaceItem item = app.ideas().addInPlace(caller, id, ResponseRequests.themeId(body), body.text("text"));
            return Reply.created(Map.of("id", item.id()));
        });

        routes.add("POST /api/workshops/{id}/ideas", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("themeId", "lens", "text"));
            String themeId = ResponseRequests.optionalThemeId(body);
            Idea idea = app.ideas().addIdea(caller, id, themeId, ResponseRequests.lens(body), body.text("text"));
            return Reply.created(Map.of("id", idea.id()));
        });
    }
}
