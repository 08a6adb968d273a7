package org.commonground.handlers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ActionPlanning;
import org.commonground.actionplans.ActionStatus;
import org.commonground.actionplans.NewActionPlan;
import org.commonground.actionplans.ProgressUpdate;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.kernel.Problem;
import org.commonground.kernel.RequestBody;
import org.commonground.summaries.Summaries;

/** The actions function: action plans, their supporters and progress, and the day summaries. */
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
            Summaries summaries = app.summaries();
            var result = day == 1 ? summaries.sendDayOne(id) : summaries.sendDayTwo(id);
            return Reply.accepted(Map.of("day", day, "status", result.name().toLowerCase(Locale.ROOT)));
        });

        route("POST /api/workshops/{id}/actions", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().member(r.bearerToken(), id);
            NewActionPlan request = NewActionPlan.from(r.body(NewActionPlan.FIELDS), app.actions().today());
            ActionPlanning.Created created = app.actions().create(caller, id, request, r.site());
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("id", created.plan().id());
            if (created.leadEmail() != null) reply.put("leadEmail", created.leadEmail().name().toLowerCase(Locale.ROOT));
            if (request.firstStepLater(app.actions().today())) {
                reply.put("advice", Map.of("code", "first_step_later", "message", "Saved. The method suggests a first step within two weeks, "
                        + "while people still remember the day: if something smaller could happen sooner, add it as the first step."));
            }
            return Reply.created(reply);
        });

        route("PATCH /api/workshops/{id}/actions/{aid}", r -> {
            var facilitator = app.tokens().facilitator(r.bearerToken());
            ActionPlan.Lead lead = NewActionPlan.lead(r.body(Set.of("lead")));
            var sent = app.actions().reassign(facilitator, r.id("id", "workshop"), r.id("aid", "action plan"), lead, r.site());
            Map<String, Object> reply = new LinkedHashMap<>(Map.of("actionId", r.path("aid"), "leadName", lead.name()));
            if (sent != null) reply.put("leadEmail", sent.name().toLowerCase(Locale.ROOT));
            return Reply.ok(reply);
        });

        route("GET /api/outcomes/{code}", r -> Reply.ok(app.keepingInTouch().outcomes(r.path("code"))));

        route("POST /api/confirmations", r -> {
            int sent = app.addresses().confirm(r.body(Set.of("token")).text("token"));
            return Reply.ok(Map.of("confirmed", true, "emailsSent", sent));
        });

        route("POST /api/unsubscribe", r -> {
            app.keepingInTouch().unsubscribe(r.body(Set.of("token")).text("token"));
            return Reply.ok(Map.of("unsubscribed", true));
        });

        route("POST /api/workshops/{id}/actions/{aid}/supporters", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().participant(r.bearerToken(), id);
            app.actions().support(caller, id, r.id("aid", "action plan"));
            return Reply.created(Map.of("actionId", r.path("aid"), "supporting", true));
        });

        route("DELETE /api/workshops/{id}/actions/{aid}/supporters/me", r -> {
            String id = r.id("id", "workshop");
            var caller = app.tokens().participant(r.bearerToken(), id);
            app.actions().leave(caller, id, r.id("aid", "action plan"));
            return Reply.noContent();
        });

        route("GET /api/workshops/{id}/actions/{aid}", r -> {
            String id = r.id("id", "workshop");
            String aid = r.id("aid", "action plan");
            app.tokens().leadOf(r.bearerToken(), id, aid);
            return Reply.ok(app.actions().plan(id, aid));
        });

        route("POST /api/workshops/{id}/actions/{aid}/updates", r -> {
            String id = r.id("id", "workshop");
            String aid = r.id("aid", "action plan");
            var caller = app.tokens().leadOf(r.bearerToken(), id, aid);
            RequestBody body = r.body(Set.of("text", "status"));
            String wanted = body.text("status");
            ActionStatus status = ActionStatus.fromWire(wanted).orElseThrow(() -> Problem.invalid("invalid_status",
                    "'" + wanted + "' is not a status. Choose one of: " + ActionStatus.allWire() + "."));
            ProgressUpdate update = app.actions().postUpdate(caller, id, aid, body.text("text"), status);
            return Reply.created(Map.of("id", update.id(), "status", status.wire()));
        });
    }
}
