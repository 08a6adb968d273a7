package org.commonground.clustering;

import org.commonground.Deployment;
import org.commonground.api.ApiHandler;

/** The clustering function: themes, moves, merges and suggested themes. Its routes are declared now so the API is whole; they answer 501 until built. */
public final class ClusteringHandler extends ApiHandler {
    public ClusteringHandler() { this(Deployment.shared()); }

    public ClusteringHandler(Deployment deployment) {
        super(deployment.configuration());
        notYetOffered("Grouping answers into themes", "POST /api/workshops/{id}/themes", "PATCH /api/workshops/{id}/themes/{tid}", "PUT /api/workshops/{id}/statements/{sid}/theme", "POST /api/workshops/{id}/themes/{tid}/merge", "POST /api/workshops/{id}/theme-suggestions");
    }
}
