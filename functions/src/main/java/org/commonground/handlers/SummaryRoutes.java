package org.commonground.handlers;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonground.api.Reply;
import org.commonground.api.Routes;
import org.commonground.api.WorkshopRequests;

/** The day 1 and day 2 summaries, sent when a facilitator asks rather than on leaving the day. */
final class SummaryRoutes {
    private SummaryRoutes() {}

    /** Adds POST /api/workshops/{id}/summaries: 202 with the day and what became of the email, in lower case. */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/workshops/{id}/summaries", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            int day = WorkshopRequests.summaryDay(r.body(Set.of("day")));
            var result = app.summaries().send(id, day);
            return Reply.accepted(Map.of("day", day, "status", result.name().toLowerCase(Locale.ROOT)));
        });
    }
}
