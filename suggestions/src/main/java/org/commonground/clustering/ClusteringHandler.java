package org.commonground.clustering;

import java.util.Map;
import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.api.RequestBody;
import org.commonground.api.ThemeRequests;
import org.commonground.aws.Table;
import org.commonground.handlers.CommonGround;
import org.commonground.handlers.Deployment;
import org.commonground.themes.Theme;

/**
 * The clustering function: themes, moves and merges, run by facilitators with the room
 * watching, and suggested themes from a model that runs inside this function.
 */
public final class ClusteringHandler extends ApiHandler {
    /** As Lambda makes it: the deployment from the environment. */
    public ClusteringHandler() { this(Deployment.shared()); }

    /** On {@code deployment}. */
    public ClusteringHandler(Deployment deployment) {
        super(deployment.configuration(), CommonGround.savingOnce(deployment), CommonGround.storagePriming(deployment, ClusteringHandler.class));
        CommonGround app = CommonGround.of(deployment);
        StatementVectors vectors = new DynamoStatementVectors(new Table(deployment.dynamo(), deployment.configuration().tableName()));

        route("POST /api/workshops/{id}/themes", r -> {
            app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(Set.of("category", "title"));
            Theme theme = app.clustering().create(r.id("id", "workshop"), ThemeRequests.category(body), body.text("title"));
            return Reply.created(Map.of("id", theme.id(), "version", theme.version()));
        });

        route("PATCH /api/workshops/{id}/themes/{tid}", r -> {
            app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(Set.of("title", "position", "version"));
            Theme theme = app.clustering().change(r.id("id", "workshop"), r.id("tid", "theme"), body.optionalText("title").orElse(null),
                    ThemeRequests.position(body).orElse(null), ThemeRequests.version(body));
            return Reply.ok(Map.of("id", theme.id(), "title", theme.title(), "position", theme.position(), "version", theme.version()));
        });

        route("PUT /api/workshops/{id}/statements/{sid}/theme", r -> {
            app.tokens().facilitator(r.bearerToken());
            var themeId = ThemeRequests.themeOrUnsorted(r.body(Set.of("themeId")));
            app.clustering().move(r.id("id", "workshop"), r.id("sid", "answer"), themeId.orElse(null));
            return Reply.ok(themeId.<Map<String, String>>map(theme -> Map.of("statementId", r.path("sid"), "themeId", theme))
                    .orElse(Map.of("statementId", r.path("sid"))));
        });

        route("POST /api/workshops/{id}/themes/{tid}/order", r -> {
            app.tokens().facilitator(r.bearerToken());
            var ids = ThemeRequests.statementIds(r.body(Set.of("statementIds")));
            app.clustering().order(r.id("id", "workshop"), r.id("tid", "theme"), ids);
            return Reply.ok(Map.of("themeId", r.path("tid"), "statementIds", ids));
        });

        route("POST /api/workshops/{id}/themes/{tid}/merge", r -> {
            app.tokens().facilitator(r.bearerToken());
            String into = ThemeRequests.intoTheme(r.body(Set.of("intoThemeId")));
            app.clustering().merge(r.id("id", "workshop"), r.id("tid", "theme"), into);
            return Reply.ok(Map.of("themeId", into));
        });

        route("POST /api/workshops/{id}/theme-suggestions", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            var only = ThemeRequests.onlyCategory(r.bodyOrEmpty(Set.of("category"))).orElse(null);
            var workshop = app.workshops().get(id);
            return Reply.ok(SuggestedThemes.forUnsorted(app.clustering().statements(id), only, vectors, id, workshop.expiresAt()));
        });
    }
}
