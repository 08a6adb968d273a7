package org.commonground.outbox;

public interface OutboxStore {
    /** Records an email to send; false when one with the same key is already there. */
    boolean add(Email email, long expiresAt);

    void markSent(String key, String messageId);

    void markFailed(String key, String reason);
}
