package org.commonground.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.commonground.outbox.MailAccount;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * SES v2's GetAccount: in the sandbox while production access is not enabled. The answer is
 * kept for 15 minutes (it changes once in an account's life). Where the account cannot be read,
 * such as a stand-in that does not know it, it answers "not in the sandbox" rather than fail
 * the console: the warning is advice, and the emails themselves report what failed.
 */
public final class SesMailAccount implements MailAccount {
    private static final Duration KEPT = Duration.ofMinutes(15);
    private final Supplier<SesV2Client> ses;
    private final Clock clock;
    private volatile Instant askedAt = Instant.MIN;
    private volatile boolean sandboxed;

    public SesMailAccount(Supplier<SesV2Client> ses, Clock clock) {
        this.ses = ses;
        this.clock = clock;
    }

    @Override
    public boolean sandboxed() {
        Instant now = clock.instant();
        if (askedAt.plus(KEPT).isAfter(now)) return sandboxed;
        try {
            sandboxed = !Boolean.TRUE.equals(ses.get().getAccount(r -> { }).productionAccessEnabled());
        } catch (SdkException unknown) {
            sandboxed = false;
        }
        askedAt = now;
        return sandboxed;
    }
}
