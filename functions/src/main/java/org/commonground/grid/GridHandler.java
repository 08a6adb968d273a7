package org.commonground.grid;

import org.commonground.Deployment;
import org.commonground.api.ApiHandler;

/** The grid function: placements and nudges on the investment grid. Its routes are declared now so the API is whole; they answer 501 until built. */
public final class GridHandler extends ApiHandler {
    public GridHandler() { this(Deployment.shared()); }

    public GridHandler(Deployment deployment) {
        super(deployment.configuration());
        notYetOffered("The investment grid", "PUT /api/workshops/{id}/grid/{ideaId}", "POST /api/workshops/{id}/grid/{ideaId}/nudges");
    }
}
