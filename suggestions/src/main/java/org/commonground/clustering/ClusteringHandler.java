package org.commonground.clustering;

import java.util.Map;
import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.handlers.CommonGround;
import org.commonground.handlers.Deployment;
import org.commonground.kernel.Problem;
import org.commonground.api.RequestBody;
import org.commonground.themes.Theme;
import org.commonground.workshops.Prompt;

/**
 * The clustering function: themes, moves and merges, run by facilitators with the room
 * watching, and suggested themes from a model that runs inside this function.
 */
public final class ClusteringHandler extends ApiHandler {
    public ClusteringHandler() { this(Deployment.shared()); }

    public ClusteringHandler(Deployment deployment) {
        super(deployment.configuration(), CommonGround.savingOnce(deployment));
        CommonGround app = CommonGround.of(deployment);
        StatementVectors vectors = new DynamoStatementVectors(
                new org.commonground.aws.Table(deployment.dynamo(), deployment.configuration().tableName()));

        route("POST /api/workshops/{id}/themes", r -> {
            app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(Set.of("category", "title"));
            Theme theme = app.clustering().create(r.id("id", "workshop"), category(body.text("category")), body.text("title"));
            return Reply.created(Map.of("id", theme.id(), "version", theme.version()));
        });

        route("PATCH /api/workshops/{id}/themes/{tid}", r -> {
            app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(Set.of("title", "position", "version"));
            long version = body.optionalWholeNumber("version", 1, Integer.MAX_VALUE).orElseThrow(() -> Problem.invalid(
                    "missing_field", "Please give 'version': the theme's version from the board, so no one else's change is lost."));
            Theme theme = app.clustering().change(r.id("id", "workshop"), r.id("tid", "theme"), body.optionalText("title").orElse(null),
                    body.optionalWholeNumber("position", 0, 10_000).orElse(null), version);
            return Reply.ok(Map.of("id", theme.id(), "title", theme.title(), "position", theme.position(), "version", theme.version()));
        });

        route("PUT /api/workshops/{id}/statements/{sid}/theme", r -> {
            app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(Set.of("themeId"));
            if (!body.isPresent("themeId")) throw RequestBody.missing("themeId");
            String themeId = body.optionalText("themeId").orElse(null);
            if (themeId != null && !org.commonground.kernel.Ids.looksValid(themeId)) {
                throw Problem.notFound("theme_not_found", "That theme is not there any more. It may have been merged into another.");
            }
            app.clustering().move(r.id("id", "workshop"), r.id("sid", "answer"), themeId);
            return Reply.ok(themeId == null ? Map.of("statementId", r.path("sid")) : Map.of("statementId", r.path("sid"), "themeId", themeId));
        });

        route("POST /api/workshops/{id}/themes/{tid}/order", r -> {
            app.tokens().facilitator(r.bearerToken());
            var items = r.body(Set.of("statementIds")).optionalList("statementIds", 98).orElseThrow(() ->
                    RequestBody.missing("statementIds"));
            java.util.List<String> ids = new java.util.ArrayList<>();
            for (var item : items) {
                if (!item.isTextual() || !org.commonground.kernel.Ids.looksValid(item.textValue())) {
                    throw Problem.invalid("invalid_order", "'statementIds' must list the ids of the theme's answers, in the order you want.");
                }
                ids.add(item.textValue());
            }
            app.clustering().order(r.id("id", "workshop"), r.id("tid", "theme"), ids);
            return Reply.ok(Map.of("themeId", r.path("tid"), "statementIds", ids));
        });

        route("POST /api/workshops/{id}/themes/{tid}/merge", r -> {
            app.tokens().facilitator(r.bearerToken());
            String into = r.body(Set.of("intoThemeId")).text("intoThemeId");
            if (!org.commonground.kernel.Ids.looksValid(into)) {
                throw Problem.notFound("theme_not_found", "That theme is not there any more. It may have been merged into another.");
            }
            app.clustering().merge(r.id("id", "workshop"), r.id("tid", "theme"), into);
            return Reply.ok(Map.of("themeId", into));
        });

        route("POST /api/workshops/{id}/theme-suggestions", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            String raw = r.rawBody();
            RequestBody body = raw == null || raw.isBlank() ? RequestBody.parse("{}", Set.of("category")) : r.body(Set.of("category"));
            Prompt only = body.optionalText("category").map(ClusteringHandler::category).orElse(null);
            var workshop = app.workshops().get(id);
            return Reply.ok(SuggestedThemes.forUnsorted(app.clustering().statements(id), only, vectors, id, workshop.expiresAt()));
        });
    }

    private static Prompt category(String value) {
        return Prompt.fromWire(value).orElseThrow(() -> Problem.invalid("invalid_category",
                "'category' must be working, not_working or future."));
    }
}
