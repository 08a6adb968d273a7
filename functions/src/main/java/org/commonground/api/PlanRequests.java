package org.commonground.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonground.actionplans.ActionPlan;
import org.commonground.actionplans.ActionStatus;
import org.commonground.actionplans.NewActionPlan;
import org.commonground.auth.SignIn;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Text;

/**
 * The bodies of the action plan requests, read into the plain values the domain takes, checked
 * field by field so every mistake is named: each method throws a 400 (or 404 for an idea id
 * that cannot be one) problem saying what to send instead.
 */
public final class PlanRequests {
    private PlanRequests() {}

    /** The fields a new plan may be sent with. */
    public static final Set<String> FIELDS = Set.of("ideaId", "title", "lead", "steps", "involve", "measure");

    /**
     * A new plan: the idea, a title, the lead, 1 to {@link NewActionPlan#MAX_STEPS} steps (text,
     * optionally owner and due date, none before {@code today}; the first must have a date), and
     * optionally who else to involve and how we will know it worked.
     */
    public static NewActionPlan newPlan(RequestBody body, LocalDate today) {
        String ideaId = body.text("ideaId");
        if (!Ids.looksValid(ideaId)) throw Problem.notFound("idea_not_found", "That idea is not there any more. Reload and choose it again.");
        String title = Text.line(body.text("title"), "title", 200);
        ActionPlan.Lead lead = lead(body);
        List<JsonNode> stepNodes = body.optionalList("steps", NewActionPlan.MAX_STEPS).orElseThrow(() -> RequestBody.missing("steps"));
        if (stepNodes.isEmpty()) throw Problem.invalid("missing_field", "Please give at least one step: what will happen first.");
        List<ActionPlan.Step> steps = new ArrayList<>();
        for (int i = 0; i < stepNodes.size(); i++) {
            if (!(stepNodes.get(i) instanceof ObjectNode node)) throw RequestBody.wrongType("steps", "a list of steps like {\"text\": \"...\"}");
            RequestBody step = RequestBody.of(node, Set.of("text", "owner", "due"), "steps[" + i + "].");
            String what = "step " + (i + 1);
            String text = Text.clean(step.text("text"), what, 500);
            String owner = step.optionalText("owner").filter(o -> !o.isBlank()).map(o -> Text.line(o, "owner of " + what, 100)).orElse(null);
            LocalDate due = step.optionalText("due").filter(d -> !d.isBlank()).map(d -> date(d, what)).orElse(null);
            if (due != null && due.isBefore(today)) {
                throw Problem.invalid("date_in_past", "The date for " + what + " has already passed. Choose today or a later date.");
            }
            if (i == 0 && due == null) {
                throw Problem.invalid("missing_date", "Give the first step a date, ideally within two weeks (by "
                        + today.plusDays(NewActionPlan.FIRST_STEP_WITHIN_DAYS) + "), so something happens while people still remember the day.");
            }
            steps.add(new ActionPlan.Step(text, owner, due == null ? null : due.toString()));
        }
        String involve = optional(body, "involve", "who else to involve");
        String measure = optional(body, "measure", "how we will know it worked");
        return new NewActionPlan(ideaId, title, lead, List.copyOf(steps), involve, measure);
    }

    /** The {@code lead} of a plan: a name, and an email only if they agreed to be emailed ({@code email_without_consent} otherwise). */
    public static ActionPlan.Lead lead(RequestBody body) {
        RequestBody leadBody = body.optionalObject("lead", Set.of("name", "email", "consent")).orElseThrow(() -> RequestBody.missing("lead"));
        String name = Text.line(leadBody.text("name"), "lead's name", 100);
        String given = leadBody.optionalText("email").filter(e -> !e.isBlank()).orElse(null);
        if (given == null) return new ActionPlan.Lead(name, null);
        if (!leadBody.optionalBoolean("consent").orElse(false)) {
            throw Problem.invalid("email_without_consent", "We only email the lead if they agree. Ask them, tick the box to say "
                    + "they agreed ('lead.consent': true), or leave their email out.");
        }
        return new ActionPlan.Lead(name, SignIn.normalise(given));
    }

    /** A progress update's {@code status} by its wire name; {@code invalid_status} naming the choices otherwise. */
    public static ActionStatus status(RequestBody body) {
        String wanted = body.text("status");
        return ActionStatus.fromWire(wanted).orElseThrow(() -> Problem.invalid("invalid_status",
                "'" + wanted + "' is not a status. Choose one of: " + ActionStatus.allWire() + "."));
    }

    private static String optional(RequestBody body, String field, String what) {
        return body.optionalText(field).filter(v -> !v.isBlank()).map(v -> Text.clean(v, what, 1000)).orElse(null);
    }

    private static LocalDate date(String value, String what) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.invalid("invalid_date", "The date for " + what + " must be a date like 2027-03-18.");
        }
    }
}
