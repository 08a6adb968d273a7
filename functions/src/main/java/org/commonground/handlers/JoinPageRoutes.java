package org.commonground.handlers;

import org.commonground.api.Reply;
import org.commonground.api.Routes;
import org.commonground.workshops.JoinQrCode;
import org.commonground.workshops.WorkshopViews;

/** What anyone with a join code may see before joining: the workshop's join view and its QR code. */
final class JoinPageRoutes {
    private JoinPageRoutes() {}

    /** Adds GET /api/join/{code} and GET /api/join/{code}/qr.svg (an image browsers may keep for an hour). */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("GET /api/join/{code}", r -> Reply.ok(WorkshopViews.join(app.workshops().byCode(r.path("code")))));

        routes.add("GET /api/join/{code}/qr.svg", r ->
                Reply.cacheable(JoinQrCode.forWorkshop(r.site(), app.workshops().byCode(r.path("code"))), "image/svg+xml", 3600));
    }
}
