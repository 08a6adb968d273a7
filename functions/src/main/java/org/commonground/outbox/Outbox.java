package org.commonground.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Every email is first written down, then sent. A key that is already written is not sent
 * again, so retries of a request never send twice; a send that fails stays pending, and the
 * schedule's sweep tries it again later and later, then gives up and tells the facilitators.
 */
public final class Outbox {
    private static final Duration KEEP = Duration.ofDays(30);
    /** Long enough for one send through SES, short enough that a crash mid-send is retried soon. */
    private static final Duration HOLD = Duration.ofMinutes(2);
    private static final Duration FIRST_WAIT = Duration.ofMinutes(5);
    /** Tries in all: waits of 5, 10, 20, 40 and 80 minutes between them, about two and a half hours. */
    public static final int MOST_ATTEMPTS = 6;

    private final OutboxStore store;
    private final Mailer mailer;
    private final AddressBook addresses;
    private final Clock clock;

    public Outbox(OutboxStore store, Mailer mailer, AddressBook addresses, Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** HELD: waiting for its address to be confirmed; SUPPRESSED: the address bounced or complained, so nothing is sent. */
    public enum Result { SENT, ALREADY_SENT, PENDING, HELD, SUPPRESSED }

    public Result send(Email email) {
        Instant now = clock.instant();
        if (!store.add(email, now.plus(KEEP).getEpochSecond(), now.plus(HOLD))) {
            return Result.ALREADY_SENT;
        }
        return attempt(new OutboxStore.Pending(email, 0), now);
    }

    /** Whether this email has been written down already, before making something it needs (such as a new link). */
    public boolean isWritten(String key) {
        return store.exists(key);
    }

    /** What one sweep did. */
    public record Swept(int sent, int stillPending, int gaveUp) {}

    /** Tries again every pending email whose time has come. */
    public Swept sweep() {
        Instant now = clock.instant();
        int sent = 0;
        int pending = 0;
        int gaveUp = 0;
        for (OutboxStore.Pending p : store.due(now, 50)) {
            if (!store.hold(p.email().key(), p.attempts(), now, now.plus(HOLD))) continue;
            switch (attempt(p, now)) {
                case SENT -> sent++;
                case PENDING -> {
                    if (p.attempts() + 1 >= MOST_ATTEMPTS) gaveUp++;
                    else pending++;
                }
                case ALREADY_SENT -> { }
            }
        }
        return new Swept(sent, pending, gaveUp);
    }

    private Result attempt(OutboxStore.Pending p, Instant now) {
        if (p.email().to().stream().anyMatch(addresses::isSuppressed)) {
            store.giveUp(p, "suppressed", now);
            return Result.SUPPRESSED;
        }
        try {
            store.markSent(p.email().key(), mailer.send(p.email()));
            return Result.SENT;
        } catch (Mailer.Refused refused) {
            // Sending again cannot help; an address the mail service will not write to is not tried again by anyone.
            if (refused.suppressed()) p.email().to().forEach(to -> addresses.suppress(to, "refused: " + refused.getMessage(), now));
            store.giveUp(p, refused.suppressed() ? "suppressed" : "refused", now);
            return Result.PENDING;
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName();
            int attempts = p.attempts() + 1;
            if (attempts >= MOST_ATTEMPTS) {
                store.giveUp(p, reason, now);
            } else {
                store.markFailed(p.email().key(), reason, now.plus(FIRST_WAIT.multipliedBy(1L << (attempts - 1))));
            }
            return Result.PENDING;
        }
    }
}
