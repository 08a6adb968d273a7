package org.commonground.handlers;

import java.util.Map;
import org.commonground.api.Reply;
import org.commonground.api.RequestBody;
import org.commonground.api.ResponseRequests;
import org.commonground.api.Routes;
import org.commonground.auth.Caller;
import org.commonground.statements.Imports;

/** Answers gathered on paper, by questionnaire or interview, imported from a file by a facilitator, and undone. */
final class ImportRoutes {
    private ImportRoutes() {}

    /**
     * Adds POST /api/workshops/{id}/imports (a preview, 200, or the import, 201) and
     * DELETE /api/workshops/{id}/imports/{importId} (answers how many statements were removed).
     */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/imports", r -> {
            String id = r.id("id", "workshop");
            Caller.Facilitator f = app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.largeBody(ResponseRequests.IMPORT_FIELDS, ResponseRequests.IMPORT_BODY_CHARACTERS,
                    "The file is over 3 MB. Split it into smaller files, or remove columns you do not need.");
            Imports.Request request = ResponseRequests.importing(body);
            if (ResponseRequests.dryRun(body, request)) return Reply.ok(app.imports().preview(id, request));
            return Reply.created(app.imports().run(f.email(), id, request));
        });

        routes.add("DELETE /api/workshops/{id}/imports/{importId}", r -> {
            String id = r.id("id", "workshop");
            app.tokens().facilitator(r.bearerToken());
            return Reply.ok(Map.of("removed", app.imports().undo(id, r.id("importId", "import"))));
        });
    }
}
