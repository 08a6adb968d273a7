package org.commonground.actions;

import org.commonground.Deployment;
import org.commonground.api.ApiHandler;

/** The actions function: action plans, progress updates and summary emails. Its routes are declared now so the API is whole; they answer 501 until built. */
public final class ActionsHandler extends ApiHandler {
    public ActionsHandler() { this(Deployment.shared()); }

    public ActionsHandler(Deployment deployment) {
        super(deployment.configuration());
        notYetOffered("Action planning and workshop emails", "POST /api/workshops/{id}/actions", "POST /api/workshops/{id}/actions/{aid}/supporters", "POST /api/workshops/{id}/actions/{aid}/updates", "POST /api/workshops/{id}/summaries");
    }
}
