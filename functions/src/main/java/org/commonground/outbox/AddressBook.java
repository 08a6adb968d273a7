package org.commonground.outbox;

import java.time.Instant;
import java.util.List;

/**
 * What is known of the email addresses people type in (kept only as SHA-256 hashes): whether
 * its owner confirmed it for a workshop, the emails held for it until then, and whether mail to
 * it bounced or was marked as spam (then nothing is sent to it again, from any workshop).
 */
public interface AddressBook {
    boolean isConfirmed(String workshopId, String address);

    /** Records the owner's confirmation; it lasts as long as the workshop's records ({@code expiresAt}, epoch seconds). */
    void confirm(String workshopId, String address, long expiresAt);

    /** Keeps an email until its address is confirmed; false when one with the same key is already held. */
    boolean hold(String workshopId, String address, Email email, long expiresAt);

    /** Removes and returns the emails held for an address in a workshop, oldest first. */
    List<Email> release(String workshopId, String address);

    boolean isSuppressed(String address);

    /** No more email to this address: it bounced for good, was marked as spam, or SES has it on its suppression list. */
    void suppress(String address, String reason, Instant at);
}
