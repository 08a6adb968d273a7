package org.commonground.outbox;

/**
 * The mail service's account, as far as facilitators need to know it: whether it still sends
 * only to verified addresses (Amazon SES's sandbox), in which case the console warns them.
 */
public interface MailAccount {
    /** True only when the service said it is in its sandbox; false when it is not, or cannot be asked. */
    boolean sandboxed();
}
