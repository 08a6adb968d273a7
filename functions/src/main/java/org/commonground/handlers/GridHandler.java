package org.commonground.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.grid.Direction;
import org.commonground.grid.Position;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.kernel.RequestBody;

/** The grid function: the shortlist, placements, nudges and fixed positions on the investment grid. */
public final class GridHandler extends ApiHandler {
    public GridHandler() { this(Deployment.shared()); }

    public GridHandler(Deployment deployment) {
        super(deployment.configuration());
        CommonGround app = CommonGround.of(deployment);

        route("PUT /api/workshops/{id}/grid/{ideaId}", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().participant(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("effort", "difference"));
            int effort = axis(body, "effort", "how much effort it would take");
            int difference = axis(body, "difference", "how much difference it would make");
            app.grid().place(caller, id, r.id("ideaId", "idea"), effort, difference);
            return Reply.ok(Map.of("ideaId", r.path("ideaId"), "effort", effort, "difference", difference));
        });

        route("POST /api/workshops/{id}/grid/{ideaId}/nudges", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().member(r.bearerToken(), id);
            String wanted = r.body(Set.of("direction")).text("direction");
            Direction direction = Direction.fromWire(wanted).orElseThrow(() -> Problem.invalid("invalid_direction",
                    "'" + wanted + "' is not a direction. Choose one of: " + Direction.allWire() + "."));
            app.grid().nudge(caller, id, r.id("ideaId", "idea"), direction);
            return Reply.created(Map.of("ideaId", r.path("ideaId"), "direction", direction.wire()));
        });

        route("PUT /api/workshops/{id}/grid/{ideaId}/fixed", r -> {
            app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(Set.of("effort", "difference"));
            int effort = axis(body, "effort", "how much effort it would take");
            int difference = axis(body, "difference", "how much difference it would make");
            app.grid().fix(r.id("id", "workshop"), r.id("ideaId", "idea"), new Position(effort, difference));
            return Reply.ok(Map.of("ideaId", r.path("ideaId"), "effort", effort, "difference", difference, "fixed", true));
        });

        route("DELETE /api/workshops/{id}/grid/{ideaId}/fixed", r -> {
            app.tokens().facilitator(r.bearerToken());
            app.grid().fix(r.id("id", "workshop"), r.id("ideaId", "idea"), null);
            return Reply.noContent();
        });

        route("PUT /api/workshops/{id}/shortlist", r -> {
            app.tokens().facilitator(r.bearerToken());
            List<String> ids = new ArrayList<>();
            for (var node : r.body(Set.of("ideaIds")).optionalList("ideaIds", 20)
                    .orElseThrow(() -> RequestBody.missing("ideaIds"))) {
                if (!node.isTextual() || !Ids.looksValid(node.textValue())) {
                    throw Problem.invalid("invalid_field", "'ideaIds' must be a list of idea ids from the board.");
                }
                ids.add(node.textValue());
            }
            return Reply.ok(Map.of("ideaIds", app.grid().chooseShortlist(r.id("id", "workshop"), ids)));
        });
    }

    private static int axis(RequestBody body, String field, String meaning) {
        return body.optionalWholeNumber(field, Position.MIN, Position.MAX).orElseThrow(() -> Problem.invalid("missing_field",
                "Please give '" + field + "': " + meaning + ", from " + Position.MIN + " to " + Position.MAX + "."));
    }
}
