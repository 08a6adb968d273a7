package org.commonground.outbox;

/** Hands an email to the mail service; answers the service's message id. */
public interface Mailer {
    String send(Email email);
}
