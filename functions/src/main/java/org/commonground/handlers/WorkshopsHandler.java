package org.commonground.handlers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.auth.Caller;
import org.commonground.auth.SignIn;
import org.commonground.auth.Token;
import org.commonground.auth.Tokens;
import org.commonground.aws.SesMailAccount;
import org.commonground.outbox.MailAccount;
import org.commonground.kernel.Problem;
import org.commonground.records.ExportFiles;
import org.commonground.records.TraceReport;
import org.commonground.records.WorkshopCsv;
import org.commonground.summaries.Summaries;
import org.commonground.workshops.JoinQrCode;
import org.commonground.workshops.NewWorkshop;
import org.commonground.workshops.Phase;
import org.commonground.workshops.PhaseChange;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/** The workshops function: facilitator sign-in, workshop setup, phases, joining and the board. */
public final class WorkshopsHandler extends ApiHandler {
    private static final java.time.Duration SCREEN_LIFETIME = java.time.Duration.ofDays(7);

    public WorkshopsHandler() { this(Deployment.shared()); }

    public WorkshopsHandler(Deployment deployment) {
        this(deployment, new SesMailAccount(deployment::ses, deployment.clock()));
    }

    /** With the mail account given: whether it is in SES's sandbox decides the console's warning. */
    public WorkshopsHandler(Deployment deployment, MailAccount mail) {
        super(deployment.configuration());
        CommonGround app = CommonGround.of(deployment);

        route("POST /api/auth/links", r -> {
            app.signIn().requestLink(r.body(Set.of("email")).text("email"), r.site());
            return Reply.accepted(Map.of("message",
                    "If that address belongs to a facilitator, a sign-in link is on its way. It works once, for 15 minutes."));
        });

        route("POST /api/auth/sessions", r -> {
            SignIn.Session session = app.signIn().exchange(r.body(Set.of("linkToken")).text("linkToken"));
            return Reply.created(session);
        });

        route("DELETE /api/auth/sessions/current", r -> {
            app.tokens().revoke(app.tokens().facilitator(r.bearerToken()).tokenHash());
            return Reply.noContent();
        });

        route("POST /api/workshops", r -> {
            Caller.Facilitator f = app.tokens().facilitator(r.bearerToken());
            NewWorkshop request = NewWorkshop.from(r.body(NewWorkshop.FIELDS), app.configuration().defaultRetentionDays());
            return Reply.created(view(r.site(), app.workshops().create(f.email(), request, r.site())));
        });

        route("GET /api/workshops", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Reply.ok(Map.of("workshops", app.workshops().all().stream().map(w -> view(r.site(), w)).toList(),
                    "mailSandbox", mail.sandboxed()));
        });

        route("GET /api/join/{code}", r -> {
            Workshop w = app.workshops().byCode(r.path("code"));
            Map<String, Object> join = new LinkedHashMap<>();
            join.put("workshopId", w.id());
            join.put("code", w.code());
            join.put("title", w.title());
            join.put("focus", w.focus());
            join.put("phase", w.phase());
            join.put("prompts", w.prompts());
            join.put("perspectives", w.perspectives());
            join.put("languages", w.languages());
            return Reply.ok(join);
        });

        route("GET /api/join/{code}/qr.svg", r -> {
            Workshop w = app.workshops().byCode(r.path("code"));
            String url = Workshops.joinUrl(r.site(), w);
            return Reply.cacheable(JoinQrCode.svg(url, "QR code to join: " + url), "image/svg+xml", 3600);
        });

        route("PUT /api/workshops/{id}/phase", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            String wanted = r.body(Set.of("phase")).text("phase");
            Phase phase = Phase.fromWire(wanted).orElseThrow(() -> Problem.invalid("invalid_phase",
                    "'" + wanted + "' is not a phase. Choose one of: " + Phase.allWire() + "."));
            PhaseChange change = app.workshops().movePhase(id, phase);
            Map<String, Object> reply = new LinkedHashMap<>(Map.of("phase", phase, "version", change.workshop().version()));
            if (Summaries.endsDayOne(change.from(), phase)) {
                reply.put("daySummary", app.summaries().sendDayOne(id).name().toLowerCase(java.util.Locale.ROOT));
            }
            if (Summaries.endsDayTwo(change.from(), phase)) {
                reply.put("daySummary", app.summaries().sendDayTwo(id).name().toLowerCase(java.util.Locale.ROOT));
            }
            return Reply.ok(reply);
        });

        route("GET /api/workshops/{id}/board", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().reader(r.bearerToken(), id);
            Long since = r.query("since").map(WorkshopsHandler::version).orElse(null);
            return app.boards().read(caller, id, since, r.site()).map(Reply::ok).orElseGet(Reply::notModified);
        });

        route("GET /api/workshops/{id}/export.csv", r -> {
            app.tokens().facilitator(r.bearerToken());
            Workshop w = app.workshops().get(r.id("id", "workshop"));
            String csv = WorkshopCsv.of(app.snapshots().load(w.id()).orElseThrow(Workshops::missing));
            String fileName = "common-ground-" + w.code() + ".csv";
            byte[] bytes = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ExportFiles files = deployment.exportFiles().get();
            if (bytes.length <= app.configuration().exportInlineBytes() || files == null) {
                return Reply.download(csv, "text/csv; charset=utf-8", fileName);
            }
            var valid = java.time.Duration.ofMinutes(15);
            String url = files.publish("exports/" + w.id() + "/" + Tokens.newRaw() + ".csv", fileName, "text/csv; charset=utf-8", bytes, valid);
            return Reply.ok(Map.of("downloadUrl", url, "expiresAt", deployment.clock().instant().plus(valid), "bytes", bytes.length));
        });

        route("GET /api/workshops/{id}/report", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            return Reply.page(TraceReport.html(app.snapshots().load(id).orElseThrow(Workshops::missing)));
        });

        route("DELETE /api/workshops/{id}", r -> {
            app.tokens().facilitator(r.bearerToken());
            String confirm = r.body(Set.of("confirm")).text("confirm");
            app.workshops().delete(r.id("id", "workshop"), confirm);
            return Reply.noContent();
        });

        route("POST /api/workshops/{id}/screen-links", r -> {
            app.tokens().facilitator(r.bearerToken());
            Workshop w = app.workshops().get(r.id("id", "workshop"));
            var expires = deployment.clock().instant().plus(SCREEN_LIFETIME);
            String token = app.tokens().issue(Token.screen(w.id(), expires));
            return Reply.created(Map.of("token", token, "expiresAt", expires,
                    "url", r.site() + "/screen/" + w.id() + "?token=" + token));
        });
    }

    private static Map<String, Object> view(String site, Workshop w) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", w.id());
        view.put("code", w.code());
        view.put("joinUrl", Workshops.joinUrl(site, w));
        view.put("title", w.title());
        view.put("focus", w.focus());
        view.put("phase", w.phase());
        view.put("version", w.version());
        view.put("languages", w.languages());
        view.put("prompts", w.prompts());
        view.put("perspectives", w.perspectives());
        view.put("settings", w.settings());
        view.put("createdAt", w.createdAt());
        return view;
    }

    private static Long version(String since) {
        try {
            return Long.parseLong(since);
        } catch (NumberFormatException e) {
            throw Problem.invalid("invalid_since", "'since' must be the version number from an earlier board.");
        }
    }

}
