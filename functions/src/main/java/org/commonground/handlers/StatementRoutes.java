package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.api.Reply;
import org.commonground.api.RequestBody;
import org.commonground.api.ResponseRequests;
import org.commonground.api.Routes;
import org.commonground.auth.Caller;
import org.commonground.statements.Statement;

/** Statements in people's own words: giving one, changing or hiding it, and taking it back. */
final class StatementRoutes {
    private StatementRoutes() {}

    /** Adds POST /api/workshops/{id}/statements, and PATCH and DELETE /api/workshops/{id}/statements/{sid}. */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/statements", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            Statement statement = app.gathering().add(caller, id,
                    ResponseRequests.statement(r.body(Set.of("prompt", "text", "source", "onBehalfOf"))));
            return Reply.created(Map.of("id", statement.id(), "text", statement.text()));
        });

        routes.add("PATCH /api/workshops/{id}/statements/{sid}", r -> {
            String id = r.id("id", "workshop");
            String sid = r.id("sid", "answer");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("text", "hidden"));
            Statement changed = app.gathering().edit(caller, id, sid, body.optionalText("text").orElse(null),
                    body.optionalBoolean("hidden").orElse(null));
            return Reply.ok(Map.of("id", changed.id(), "text", changed.text(), "hidden", changed.hidden()));
        });

        routes.add("DELETE /api/workshops/{id}/statements/{sid}", r -> {
            String id = r.id("id", "workshop");
            String sid = r.id("sid", "answer");
            app.gathering().withdraw(app.tokens().member(r.bearerToken(), id), id, sid);
            return Reply.noContent();
        });
    }
}
