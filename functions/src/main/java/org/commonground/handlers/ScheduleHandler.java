package org.commonground.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.commonground.api.Log;

/**
 * Run by the EventBridge schedule in template.yaml: sends the day summaries that are due and
 * were neither asked for nor sent on leaving the day, the update digests and the leads'
 * reminders, and tries again the emails that failed.
 * What the event says is not needed.
 */
public final class ScheduleHandler implements RequestHandler<Map<String, Object>, String> {
    private final CommonGround app;
    private final Deployment deployment;

    public ScheduleHandler() { this(Deployment.shared()); }

    public ScheduleHandler(Deployment deployment) {
        this.deployment = deployment;
        this.app = CommonGround.of(deployment);
    }

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        // One list of the deployment's workshops serves every job of this run.
        var all = app.workshops().all();
        int summaries = app.summaries().sendDue(all, deployment.clock().instant());
        var kept = app.keepingInTouch().run(all);
        var swept = app.outbox().sweep();
        Log.scheduled("schedule", java.util.Map.of("summaries", summaries, "digests", kept.digests(), "reminders", kept.reminders(),
                "retriedAndSent", swept.sent(), "stillPending", swept.stillPending(), "gaveUp", swept.gaveUp()));
        return "day summaries sent: " + summaries + "; digests sent: " + kept.digests() + "; reminders sent: " + kept.reminders()
                + "; emails retried and sent: " + swept.sent()
                + ", still pending: " + swept.stillPending() + ", given up: " + swept.gaveUp();
    }
}
