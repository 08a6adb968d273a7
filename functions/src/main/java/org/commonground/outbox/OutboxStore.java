package org.commonground.outbox;

import java.time.Instant;
import java.util.List;

/**
 * Emails written down before they are sent. An email being sent is held by whoever is sending
 * it until {@code heldUntil}, so the sweep never sends it at the same time.
 */
public interface OutboxStore {
    /** An email still to send, and how often sending it has failed. */
    record Pending(Email email, int attempts) {}

    /** Records an email to send, held by the caller; false when one with the same key is already there. */
    boolean add(Email email, long expiresAt, Instant heldUntil);

    void markSent(String key, String messageId);

    /** Whether an email with this key has been written down (sent or not). */
    boolean exists(String key);

    /** Counts a failed attempt and says when to try again. */
    void markFailed(String key, String reason, Instant retryAt);

    /** Pending emails whose time to try again has come and that nobody holds. */
    List<Pending> due(Instant now, int limit);

    /** Takes an email for sending if it is still as the sweep saw it; false if someone else did. */
    boolean hold(String key, int attempts, Instant now, Instant heldUntil);

    /** Stops trying, and tells the workshop's facilitators (through their board) what could not be sent. */
    void giveUp(Pending pending, String reason, Instant at);
}
