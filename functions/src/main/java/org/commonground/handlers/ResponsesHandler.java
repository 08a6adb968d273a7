package org.commonground.handlers;

import static org.commonground.api.ResponseRequests.themeId;

import java.util.Map;
import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.api.ResponseRequests;
import org.commonground.auth.Caller;
import org.commonground.kernel.RequestBody;
import org.commonground.statements.Gathering;
import org.commonground.statements.Imports;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.SuccessStatement;

/** The responses function: joining, and the statements people give in their own words. */
public final class ResponsesHandler extends ApiHandler {
    public ResponsesHandler() { this(Deployment.shared()); }

    public ResponsesHandler(Deployment deployment) {
        super(deployment.configuration());
        CommonGround app = CommonGround.of(deployment);

        route("POST /api/workshops/{id}/participants", r -> {
            String id = r.id("id", "workshop");
            Gathering.Joined joined = app.gathering().join(id, ResponseRequests.joining(r.body(ResponseRequests.JOIN_FIELDS)), r.site());
            return Reply.created(Map.of("participantId", joined.participant().id(), "token", joined.token()));
        });

        route("DELETE /api/workshops/{id}/participants/me", r -> {
            String id = r.id("id", "workshop");
            app.gathering().erase(app.tokens().participant(r.bearerToken(), id));
            return Reply.noContent();
        });

        route("POST /api/workshops/{id}/statements", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            Statement statement = app.gathering().add(caller, id,
                    ResponseRequests.statement(r.body(Set.of("prompt", "text", "source", "onBehalfOf"))));
            return Reply.created(Map.of("id", statement.id(), "text", statement.text()));
        });

        route("PATCH /api/workshops/{id}/statements/{sid}", r -> {
            String id = r.id("id", "workshop");
            String sid = r.id("sid", "answer");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("text", "hidden"));
            Statement changed = app.gathering().edit(caller, id, sid, body.optionalText("text").orElse(null),
                    body.optionalBoolean("hidden").orElse(null));
            return Reply.ok(Map.of("id", changed.id(), "text", changed.text(), "hidden", changed.hidden()));
        });

        route("POST /api/workshops/{id}/causes", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("themeId", "parentId", "text"));
            String parentId = ResponseRequests.parentCause(body);
            Cause cause = app.understanding().addCause(caller, id, themeId(body), parentId, body.text("text"));
            return Reply.created(Map.of("id", cause.id(), "depth", cause.depth()));
        });

        route("POST /api/workshops/{id}/success", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("themeId", "perspective", "text"));
            SuccessStatement success = app.understanding().addSuccess(caller, id, themeId(body), body.text("perspective"), body.text("text"));
            return Reply.created(Map.of("id", success.id()));
        });

        route("POST /api/workshops/{id}/in-place", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("themeId", "text"));
            InPlaceItem item = app.ideas().addInPlace(caller, id, themeId(body), body.text("text"));
            return Reply.created(Map.of("id", item.id()));
        });

        route("POST /api/workshops/{id}/ideas", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().member(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("themeId", "lens", "text"));
            String themeId = body.has("themeId") ? themeId(body) : null;
            Idea idea = app.ideas().addIdea(caller, id, themeId, ResponseRequests.lens(body), body.text("text"));
            return Reply.created(Map.of("id", idea.id()));
        });

        route("POST /api/workshops/{id}/imports", r -> {
            String id = r.id("id", "workshop");
            Caller.Facilitator f = app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.largeBody(ResponseRequests.IMPORT_FIELDS, ResponseRequests.IMPORT_BODY_CHARACTERS,
                    "The file is over 3 MB. Split it into smaller files, or remove columns you do not need.");
            Imports.Request request = ResponseRequests.importing(body);
            if (body.optionalBoolean("dryRun").orElse(request.columns() == null)) return Reply.ok(app.imports().preview(id, request));
            return Reply.created(app.imports().run(f.email(), id, request));
        });

        route("DELETE /api/workshops/{id}/imports/{importId}", r -> {
            String id = r.id("id", "workshop");
            app.tokens().facilitator(r.bearerToken());
            return Reply.ok(Map.of("removed", app.imports().undo(id, r.id("importId", "import"))));
        });

        route("DELETE /api/workshops/{id}/statements/{sid}", r -> {
            String id = r.id("id", "workshop");
            String sid = r.id("sid", "answer");
            app.gathering().withdraw(app.tokens().member(r.bearerToken(), id), id, sid);
            return Reply.noContent();
        });
    }
}
