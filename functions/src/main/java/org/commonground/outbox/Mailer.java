package org.commonground.outbox;

/** Hands an email to the mail service; answers the service's message id. */
public interface Mailer {
    /**
     * @throws Refused when the mail service refuses this email for good (trying again cannot help)
     * @throws RuntimeException for anything that may pass (the outbox tries again later)
     */
    String send(Email email);

    /** The mail service will not send this email; {@code suppressed} when that is because of its address. */
    final class Refused extends RuntimeException {
        private final boolean suppressed;

        public Refused(String message, boolean suppressed) {
            super(message, null, false, false);
            this.suppressed = suppressed;
        }

        public boolean suppressed() { return suppressed; }
    }
}
