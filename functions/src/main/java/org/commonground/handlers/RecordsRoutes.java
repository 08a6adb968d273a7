package org.commonground.handlers;

import org.commonground.api.Downloads;
import org.commonground.api.Reply;
import org.commonground.api.Routes;
import org.commonground.records.Exports;
import org.commonground.records.TraceReport;
import org.commonground.workshops.Workshops;

/** A workshop's records for facilitators: the CSV of everything, and the printable report. */
final class RecordsRoutes {
    private RecordsRoutes() {}

    /** Adds GET /api/workshops/{id}/export.csv (the file, or a link to it when large) and GET /api/workshops/{id}/report. */
    static void addTo(Routes routes, CommonGround app, Exports exports) {
        routes.add("GET /api/workshops/{id}/export.csv", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Downloads.of(exports.csv(r.id("id", "workshop")));
        });

        routes.add("GET /api/workshops/{id}/report", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Reply.page(TraceReport.html(app.snapshots().load(r.id("id", "workshop")).orElseThrow(Workshops::missing)));
        });
    }
}
