package org.commonground.kernel;

import java.time.Instant;
import java.util.Optional;

/**
 * The first answer to each {@code Idempotency-Key}, kept for a day. A key is claimed before
 * the request runs, so two copies arriving at once cannot both run.
 */
public interface SavedReplies {
    /** An answer as it went out: status, body, content type and any headers beyond the usual ones. */
    record Answer(int status, String body, String contentType, java.util.Map<String, String> headers) {}

    /** What is recorded under a key: the request it was first used for and, once saved, its answer (else null). */
    record Saved(String fingerprint, Answer answer, Instant leaseUntil) {}

    /**
     * Claims {@code key} for a request with this fingerprint, until {@code leaseUntil}; the
     * claim and its answer expire at {@code expiresAt}. False when the key is already taken.
     */
    boolean claim(String key, String fingerprint, Instant now, Instant leaseUntil, Instant expiresAt);

    /** Takes over a claim whose holder stopped before answering (its lease ran out). */
    boolean takeOver(String key, Instant staleLease, Instant leaseUntil);

    Optional<Saved> read(String key, Instant now);

    /** Keeps the answer for repeats. */
    void keep(String key, Answer answer);

    /** Lets the key go, so a repeat runs afresh (after a failure worth retrying). */
    void release(String key);
}
