package org.commonground.outbox;

import java.time.Clock;
import java.time.Duration;

/**
 * Every email is first written down, then sent. A key that is already written is not sent
 * again, so retries of a request never send twice; a send that fails stays pending.
 */
public final class Outbox {
    private static final Duration KEEP = Duration.ofDays(30);
    private final OutboxStore store;
    private final Mailer mailer;
    private final Clock clock;

    public Outbox(OutboxStore store, Mailer mailer, Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
    }

    public enum Result { SENT, ALREADY_SENT, PENDING }

    public Result send(Email email) {
        if (!store.add(email, clock.instant().plus(KEEP).getEpochSecond())) {
            return Result.ALREADY_SENT;
        }
        try {
            store.markSent(email.key(), mailer.send(email));
            return Result.SENT;
        } catch (RuntimeException e) {
            store.markFailed(email.key(), e.getClass().getSimpleName());
            return Result.PENDING;
        }
    }
}
