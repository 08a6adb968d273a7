package org.commonground.handlers;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.GridRequests;
import org.commonground.api.Reply;
import org.commonground.api.RequestBody;
import org.commonground.grid.Direction;
import org.commonground.grid.Position;

/** The grid function: the shortlist, placements, nudges and fixed positions on the investment grid. */
public final class GridHandler extends ApiHandler {
    private final Deployment deployment;

    /** As Lambda makes it: the deployment from the environment. */
    public GridHandler() { this(Deployment.shared()); }

    /** On {@code deployment}. */
    public GridHandler(Deployment deployment) {
        super(deployment.configuration(), CommonGround.savingOnce(deployment), CommonGround.storagePriming(deployment, GridHandler.class));
        this.deployment = deployment;
        CommonGround app = CommonGround.of(deployment);

        route("PUT /api/workshops/{id}/grid/{ideaId}", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().participant(r.bearerToken(), id);
            RequestBody body = r.body(Set.of("effort", "difference"));
            int effort = GridRequests.effort(body);
            int difference = GridRequests.difference(body);
            app.grid().place(caller, id, r.id("ideaId", "idea"), effort, difference);
            return Reply.ok(Map.of("ideaId", r.path("ideaId"), "effort", effort, "difference", difference));
        });

        route("POST /api/workshops/{id}/grid/{ideaId}/nudges", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().member(r.bearerToken(), id);
            Direction direction = GridRequests.direction(r.body(Set.of("direction")));
            app.grid().nudge(caller, id, r.id("ideaId", "idea"), direction);
            return Reply.created(Map.of("ideaId", r.path("ideaId"), "direction", direction.wire()));
        });

        route("PUT /api/workshops/{id}/grid/{ideaId}/fixed", r -> {
            app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(Set.of("effort", "difference"));
            int effort = GridRequests.effort(body);
            int difference = GridRequests.difference(body);
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
            List<String> ids = GridRequests.ideaIds(r.body(Set.of("ideaIds")));
            return Reply.ok(Map.of("ideaIds", app.grid().chooseShortlist(r.id("id", "workshop"), ids)));
        });
    }

    /** Before the snapshot: {@link Rehearsals#grid}. */
    @Override
    protected void rehearse(Rehearsing room) {
        Rehearsals.grid(deployment, room);
    }
}
