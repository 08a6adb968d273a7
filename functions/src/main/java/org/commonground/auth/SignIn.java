package org.commonground.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.kernel.Configuration;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Templates;
import org.commonground.outbox.Email;
import org.commonground.outbox.Outbox;

/** Facilitators sign in with a one-time link sent to an allow-listed address. */
public final class SignIn {
    public static final Duration LINK_LIFETIME = Duration.ofMinutes(15);
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    /** Enough for a few tries; too few to flood anyone's inbox or the sender's reputation. */
    public static final int LINKS_PER_WINDOW = 5;
    /**
     * Every request for a link is answered after at least this long, allowed address or not,
     * so the answer time does not tell who the facilitators are (sending takes tens of
     * milliseconds that a refusal would not).
     */
    public static final Duration EVEN_ANSWER = Duration.ofMillis(300);

    private final Configuration configuration;
    private final Tokens tokens;
    private final Outbox outbox;
    private final RateLimits limits;
    private final Clock clock;

    public SignIn(Configuration configuration, Tokens tokens, Outbox outbox, RateLimits limits, Clock clock) {
        this.configuration = configuration;
        this.tokens = tokens;
        this.outbox = outbox;
        this.limits = limits;
        this.clock = clock;
    }

    public record Session(String token, String email, Instant expiresAt) {}

    /**
     * Sends a link when the address is allowed. Says nothing either way, and takes the same
     * time either way, so the form cannot be used to find out who the facilitators are. At most
     * {@link #LINKS_PER_WINDOW} links go to an address in 15 minutes; past that nothing is
     * sent, but nothing is refused either: the links already sent still work, so someone else
     * asking again and again cannot lock a facilitator out.
     */
    public void requestLink(String email, String site) {
        long started = System.nanoTime();
        String address = normalise(email);
        try {
            if (!limits.allow("sign-in#" + Tokens.hash(address), LINKS_PER_WINDOW, LINK_LIFETIME, clock.instant())) return;
            if (configuration.isFacilitator(address)) send(address, site);
        } finally {
            long left = EVEN_ANSWER.toNanos() - (System.nanoTime() - started);
            if (left > 0) java.util.concurrent.locks.LockSupport.parkNanos(left);
        }
    }

    private void send(String address, String site) {
        String link = link(address, site);
        Map<String, String> context = Map.of("link", link);
        outbox.send(new Email("sign-in#" + Tokens.hash(link), "sign-in", List.of(address),
                "Sign in to Common Ground / Mewngofnodi i Common Ground",
                Templates.html("sign-in", context), Templates.text("sign-in", context), null));
    }

    /** A sign-in link for an allow-listed facilitator, without sending it (local mode prints it). */
    public String link(String email, String site) {
        String raw = tokens.issue(Token.signInLink(normalise(email), clock.instant().plus(LINK_LIFETIME)));
        return site + "/signin?token=" + raw;
    }

    public Session exchange(String linkToken) {
        Token link = tokens.redeem(linkToken).orElseThrow(() -> Problem.unauthenticated(
                "This sign-in link has already been used or has expired. Ask for a new link on the sign-in page."));
        if (!configuration.isFacilitator(link.email())) {
            throw Problem.forbidden("This address is no longer on the list of facilitators. Ask the programme lead to add it.");
        }
        Instant expires = clock.instant().plus(SESSION_LIFETIME);
        String token = tokens.issue(Token.facilitator(link.email(), expires));
        return new Session(token, link.email(), expires);
    }

    public static String normalise(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        // No spaces, controls, invisible characters or header punctuation: the address goes into an email header.
        if (address.length() > 254 || !address.matches("[^@\\s\\p{Cc}\\p{Cf}\\p{Z}<>,;:\"()\\[\\]\\\\]+@[^@\\s\\p{Cc}\\p{Cf}\\p{Z}<>,;:\"()\\[\\]\\\\]+\\.[^@\\s\\p{Cc}\\p{Cf}\\p{Z}<>,;:\"()\\[\\]\\\\]+")) {
            throw Problem.invalid("invalid_email", "Enter an email address in the correct format, like name@example.org.");
        }
        return address;
    }
}
