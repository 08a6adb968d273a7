package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.api.Reply;
import org.commonground.api.Routes;

/** Keeping in touch after the workshop: what came of it, confirming an address, and unsubscribing. */
final class KeepingInTouchRoutes {
    private KeepingInTouchRoutes() {}

    /**
     * Adds GET /api/outcomes/{code} (anyone with the join code), POST /api/confirmations
     * (answers how many held emails went) and POST /api/unsubscribe (each by the token from an email).
     */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("GET /api/outcomes/{code}", r -> Reply.ok(app.keepingInTouch().outcomes(r.path("code"))));

        routes.add("POST /api/confirmations", r -> {
            int sent = app.addresses().confirm(r.body(Set.of("token")).text("token"));
            return Reply.ok(Map.of("confirmed", true, "emailsSent", sent));
        });

        routes.add("POST /api/unsubscribe", r -> {
            app.keepingInTouch().unsubscribe(r.body(Set.of("token")).text("token"));
            return Reply.ok(Map.of("unsubscribed", true));
        });
    }
}
