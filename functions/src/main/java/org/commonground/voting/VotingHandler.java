package org.commonground.voting;

import org.commonground.Deployment;
import org.commonground.api.ApiHandler;

/** The voting function: dot votes on themes and ideas. Its routes are declared now so the API is whole; they answer 501 until built. */
public final class VotingHandler extends ApiHandler {
    public VotingHandler() { this(Deployment.shared()); }

    public VotingHandler(Deployment deployment) {
        super(deployment.configuration());
        notYetOffered("Voting with dots", "PUT /api/workshops/{id}/votes/{targetId}");
    }
}
