package org.commonground.actions;

import java.util.Map;
import java.util.Set;
import org.commonground.CommonGround;
import org.commonground.Deployment;
import org.commonground.Problem;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;

/** The actions function: the day summaries now; action plans and their updates are still to come (501). */
public final class ActionsHandler extends ApiHandler {
    public ActionsHandler() { this(Deployment.shared()); }

    public ActionsHandler(Deployment deployment) {
        super(deployment.configuration());
        CommonGround app = CommonGround.of(deployment);

        route("POST /api/workshops/{id}/summaries", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            int day = r.body(Set.of("day")).optionalWholeNumber("day", 1, 2).orElseThrow(() ->
                    Problem.invalid("missing_field", "Please give 'day': 1 or 2."));
            if (day == 2) {
                throw new Problem(Problem.Kind.NOT_AVAILABLE, "not_available_yet",
                        "The day 2 summary is not available in this version of Common Ground yet.");
            }
            return Reply.accepted(Map.of("day", day, "status", app.summaries().sendDayOne(id).name().toLowerCase(java.util.Locale.ROOT)));
        });

        notYetOffered("Action planning", "POST /api/workshops/{id}/actions", "POST /api/workshops/{id}/actions/{aid}/supporters",
                "POST /api/workshops/{id}/actions/{aid}/updates");
    }
}
