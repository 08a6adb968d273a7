package org.commonground.handlers;

import java.util.Map;
import java.util.Set;
import org.commonground.api.Reply;
import org.commonground.api.Routes;

/** Facilitators signing in and out: a link by email, used once for a session, and signing out. */
final class SignInRoutes {
    private SignInRoutes() {}

    /** Adds POST /api/auth/links, POST /api/auth/sessions and DELETE /api/auth/sessions/current. */
    static void addTo(Routes routes, CommonGround app) {
        routes.add("POST /api/auth/links", r -> {
            app.signIn().requestLink(r.body(Set.of("email")).text("email"), r.site());
            return Reply.accepted(Map.of("message",
                    "If that address belongs to a facilitator, a sign-in link is on its way. It works once, for 15 minutes. "
                            + "If you asked several times, use the newest link in your inbox."));
        });

        routes.add("POST /api/auth/sessions", r -> Reply.created(app.signIn().exchange(r.body(Set.of("linkToken")).text("linkToken"))));

        routes.add("DELETE /api/auth/sessions/current", r -> {
            app.tokens().revoke(app.tokens().facilitator(r.bearerToken()).tokenHash());
            return Reply.noContent();
        });
    }
}
