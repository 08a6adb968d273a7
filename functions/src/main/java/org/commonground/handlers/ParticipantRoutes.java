package org.commonground.handlers;

import java.util.Map;
import org.commonground.api.Reply;
import org.commonground.api.ResponseRequests;
import org.commonground.api.Routes;
import org.commonground.statements.Gathering;

/** Taking part: joining a workshop with a perspective, and erasing oneself from it. */
final class ParticipantRoutes {
    private ParticipantRoutes() {}

    /** Adds POST /api/workshops/{id}/participants (answers the participant's id and token) and DELETE .../participants/me. */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/participants", r -> {
            String id = r.id("id", "workshop");
            Gathering.Joined joined = app.gathering().join(id, ResponseRequests.joining(r.body(ResponseRequests.JOIN_FIELDS)), r.site());
            return Reply.created(Map.of("participantId", joined.participant().id(), "token", joined.token()));
        });

        routes.add("DELETE /api/workshops/{id}/participants/me", r -> {
            String id = r.id("id", "workshop");
            app.gathering().erase(app.tokens().participant(r.bearerToken(), id));
            return Reply.noContent();
        });
    }
}
