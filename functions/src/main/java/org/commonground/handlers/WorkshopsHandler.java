package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.api.ApiHandler;
import org.commonground.api.Reply;
import org.commonground.kernel.RequestBody;
import org.commonground.board.Snapshot;
import org.commonground.auth.Caller;
import org.commonground.aws.SesMailAccount;
import org.commonground.kernel.RequestBody;
import org.commonground.outbox.MailAccount;
import org.commonground.records.Exports;
import org.commonground.records.TraceReport;
import org.commonground.workshops.JoinQrCode;
import org.commonground.workshops.NewWorkshop;
import org.commonground.workshops.WorkshopViews;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/** The workshops function: facilitator sign-in, workshop setup, phases, joining and the board. */
public final class WorkshopsHandler extends ApiHandler {
    public WorkshopsHandler() { this(Deployment.shared()); }

    public WorkshopsHandler(Deployment deployment) {
        this(deployment, new SesMailAccount(deployment::ses, deployment.clock()));
    }

    /** With the mail account given: whether it is in SES's sandbox decides the console's warning. */
    public WorkshopsHandler(Deployment deployment, MailAccount mail) {
        super(deployment.configuration(), CommonGround.savingOnce(deployment));
        CommonGround app = CommonGround.of(deployment);
        Exports exports = new Exports(app.workshops(), app.snapshots(), deployment.exportFiles(),
                app.configuration().exportInlineBytes(), deployment.clock());

        route("POST /api/auth/links", r -> {
            app.signIn().requestLink(r.body(Set.of("email")).text("email"), r.site());
            return Reply.accepted(Map.of("message",
                    "If that address belongs to a facilitator, a sign-in link is on its way. It works once, for 15 minutes. "
                            + "If you asked several times, use the newest link in your inbox."));
        });

        route("POST /api/auth/sessions", r -> Reply.created(app.signIn().exchange(r.body(Set.of("linkToken")).text("linkToken"))));

        route("DELETE /api/auth/sessions/current", r -> {
            app.tokens().revoke(app.tokens().facilitator(r.bearerToken()).tokenHash());
            return Reply.noContent();
        });

        route("POST /api/workshops", r -> {
            Caller.Facilitator f = app.tokens().facilitator(r.bearerToken());
            RequestBody body = r.body(NewWorkshop.CREATE_FIELDS);
            String copyFrom = body.optionalText("copyFrom").orElse(null);
            NewWorkshop request;
            if (copyFrom == null) {
                request = NewWorkshop.from(body, app.configuration().defaultRetentionDays());
            } else {
                // Running the process again: the setup is copied, never the people or their words.
                if (!org.commonground.kernel.Ids.looksValid(copyFrom)) throw Workshops.missing();
                request = NewWorkshop.over(body, app.workshops().get(copyFrom).setup().forAnotherRun());
            }
            return Reply.created(WorkshopViews.facilitator(r.site(), app.workshops().create(f.email(), request, r.site())));
        });

        route("PUT /api/workshops/{id}/items/{itemId}/hidden", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            String itemId = r.id("itemId", "contribution");
            boolean hidden = r.body(Set.of("hidden")).optionalBoolean("hidden").orElseThrow(() -> RequestBody.missing("hidden"));
            return Reply.ok(app.moderation().setHidden(id, itemId, hidden, r.site()));
        });

        route("PATCH /api/workshops/{id}", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            RequestBody body = r.body(NewWorkshop.FIELDS);
            Snapshot snapshot = app.snapshots().load(id).orElseThrow(Workshops::missing);
            NewWorkshop setup = NewWorkshop.over(body, snapshot.workshop().setup());
            return Reply.ok(WorkshopViews.facilitator(r.site(), app.workshops().change(snapshot.workshop(), setup, snapshot.inUse())));
        });

        route("GET /api/workshops", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Reply.ok(Map.of("workshops", app.workshops().all().stream().map(w -> WorkshopViews.facilitator(r.site(), w)).toList(),
                    "mailSandbox", mail.sandboxed()));
        });

        route("GET /api/join/{code}", r -> Reply.ok(WorkshopViews.join(app.workshops().byCode(r.path("code")))));

        route("GET /api/join/{code}/qr.svg", r -> {
            Workshop w = app.workshops().byCode(r.path("code"));
            String url = Workshops.joinUrl(r.site(), w);
            return Reply.cacheable(JoinQrCode.svg(url, "QR code to join / Cod QR i ymuno: " + url), "image/svg+xml", 3600);
        });

        route("PUT /api/workshops/{id}/phase", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            return Reply.ok(app.stageMoves().move(id, Phase.named(r.body(Set.of("phase")).text("phase"))));
        });

        route("PUT /api/workshops/{id}/timer", r -> {
            app.tokens().facilitator(r.bearerToken());
            String id = r.id("id", "workshop");
            int seconds = r.body(Set.of("seconds")).optionalWholeNumber("seconds", 0, Workshops.LONGEST_TIMER)
                    .orElseThrow(() -> RequestBody.missing("seconds"));
            return Reply.ok(Map.of("seconds", seconds, "version", app.workshops().setTimer(id, seconds)));
        });

        route("GET /api/workshops/{id}/board", r -> {
            String id = r.id("id", "workshop");
            Caller caller = app.tokens().reader(r.bearerToken(), id);
            Long since = r.queryNumber("since", "invalid_since", "'since' must be the version number from an earlier board.").orElse(null);
            return app.boards().read(caller, id, since, r.site()).map(Reply::ok).orElseGet(Reply::notModified);
        });

        route("GET /api/workshops/{id}/export.csv", r -> {
            app.tokens().facilitator(r.bearerToken());
            return switch (exports.csv(r.id("id", "workshop"))) {
                case Exports.Inline file -> Reply.download(file.csv(), "text/csv; charset=utf-8", file.fileName());
                case Exports.Link link -> Reply.ok(link);
            };
        });

        route("GET /api/workshops/{id}/report", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Reply.page(TraceReport.html(app.snapshots().load(r.id("id", "workshop")).orElseThrow(Workshops::missing)));
        });

        route("DELETE /api/workshops/{id}", r -> {
            app.tokens().facilitator(r.bearerToken());
            String confirm = r.body(Set.of("confirm")).text("confirm");
            String id = r.id("id", "workshop");
            app.workshops().delete(id, confirm);
            exports.deleteFiles(id);
            return Reply.noContent();
        });

        route("POST /api/workshops/{id}/screen-links", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Reply.created(app.screenLinks().issue(r.id("id", "workshop"), r.site()));
        });

        route("GET /api/workshops/{id}/screen-links", r -> {
            app.tokens().facilitator(r.bearerToken());
            return Reply.ok(Map.of("links", app.screenLinks().list(r.id("id", "workshop"))));
        });

        route("DELETE /api/workshops/{id}/screen-links/{linkId}", r -> {
            app.tokens().facilitator(r.bearerToken());
            app.screenLinks().revoke(r.id("id", "workshop"), r.id("linkId", "screen link"));
            return Reply.noContent();
        });
    }
}
