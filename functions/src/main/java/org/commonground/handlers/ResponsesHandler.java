package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.auth.Caller;
import org.commonground.kernel.Problem;
import org.commonground.kernel.RequestBody;
import org.commonground.statements.Gathering;
import org.commonground.statements.Source;
import org.commonground.statements.Statement;
import org.commonground.themes.Cause;
import org.commonground.themes.Idea;
import org.commonground.themes.InPlaceItem;
import org.commonground.themes.Lens;
import org.commonground.themes.SuccessStatement;
import org.commonground.workshops.Prompt;

/** The responses function: joining, and the statements people give in their own words. */
public final class ResponsesHandler extends ApiHandler {
    private static final Set<String> JOIN_FIELDS = Set.of("name", "perspective", "language", "email", "updatesConsent");

    public ResponsesHandler() { this(Deployment.shared()); }

    public ResponsesHandler(Deployment deployment) {
        super(deployment.configuration());
        CommonGround app = CommonGround.of(deployment);

        route("POST /api/workshops/{id}/participants", r -> {
            String id = r.id("id", "workshop");
            Gathering.Joined joined = app.gathering().join(id, joining(r.body(JOIN_FIELDS)));
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
            RequestBody body = r.body(Set.of("prompt", "text", "source", "onBehalfOf"));
            String promptName = body.text("prompt");
            Prompt prompt = Prompt.fromWire(promptName).orElseThrow(() -> Problem.invalid("invalid_prompt",
                    "'prompt' must be working, not_working or future."));
            Source source = body.optionalText("source").map(s -> Source.fromWire(s).orElseThrow(() ->
                    Problem.invalid("invalid_source", "'source' must be online, interview or paper."))).orElse(null);
            String forId = null;
            Gathering.Joining forNew = null;
            if (body.isObject("onBehalfOf")) {
                forNew = joining(body.optionalObject("onBehalfOf", Set.of("name", "perspective", "language")).orElseThrow());
            } else {
                forId = body.optionalText("onBehalfOf").orElse(null);
            }
            Statement statement = app.gathering().add(caller, id,
                    new Gathering.NewStatement(prompt, body.text("text"), source, forId, forNew));
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
            String parentId = body.optionalText("parentId").orElse(null);
            if (parentId != null && !org.commonground.kernel.Ids.looksValid(parentId)) {
                throw Problem.notFound("cause_not_found", "The cause you are asking “why?” about is not there any more.");
            }
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
            Lens lens = Lens.fromWire(body.text("lens")).orElseThrow(() -> Problem.invalid("invalid_lens",
                    "'lens' must be traditional, community or radical."));
            String themeId = body.has("themeId") ? themeId(body) : null;
            Idea idea = app.ideas().addIdea(caller, id, themeId, lens, body.text("text"));
            return Reply.created(Map.of("id", idea.id()));
        });

        route("DELETE /api/workshops/{id}/statements/{sid}", r -> {
            String id = r.id("id", "workshop");
            String sid = r.id("sid", "answer");
            app.gathering().withdraw(app.tokens().member(r.bearerToken(), id), id, sid);
            return Reply.noContent();
        });
    }

    private static String themeId(RequestBody body) {
        String themeId = body.text("themeId");
        if (!org.commonground.kernel.Ids.looksValid(themeId)) {
            throw Problem.notFound("theme_not_found", "That theme is not there any more. Reload to see the themes.");
        }
        return themeId;
    }

    private static Gathering.Joining joining(RequestBody body) {
        String perspective = body.optionalText("perspective").orElseThrow(() -> Problem.invalid("missing_field",
                "Please choose the perspective that fits you best."));
        return new Gathering.Joining(body.optionalText("name").orElse(null), perspective,
                body.optionalText("language").orElse("en"), body.optionalText("email").orElse(null),
                body.optionalBoolean("updatesConsent").orElse(false));
    }
}
