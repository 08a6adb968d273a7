package org.commonground.aws;

import org.commonground.kernel.Text;
import org.commonground.outbox.Email;
import org.commonground.outbox.Mailer;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Sends an email through SES v2 from the sender address; the client is asked for only when sending. */
public final class SesMailer implements Mailer {
    private final java.util.function.Supplier<SesV2Client> ses;
    private final String sender;
    private final String configurationSet;

    /** {@code configurationSet}: where SES reports bounces and complaints (null: none, as with the local stand-in). */
    public SesMailer(java.util.function.Supplier<SesV2Client> ses, String sender, String configurationSet) {
        this.ses = ses;
        this.sender = sender;
        this.configurationSet = configurationSet;
    }

    /**
     * SES refuses a message for good with MessageRejectedException; when its reason names the
     * suppression list, the address is on the account's list of addresses that bounced or
     * complained. A paused or throttled account is not a refusal: the outbox tries again later.
     */
    @Override
    public String send(Email email) {
        try {
            return sendNow(email);
        } catch (MessageRejectedException e) {
            String reason = e.awsErrorDetails() == null ? String.valueOf(e.getMessage()) : e.awsErrorDetails().errorMessage();
            throw new Refused(reason == null ? "rejected" : reason,
                    reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("suppression"));
        }
    }

    private String sendNow(Email email) {
        return ses.get().sendEmail(SendEmailRequest.builder()
                .fromEmailAddress(sender)
                .configurationSetName(configurationSet)
                .destination(Destination.builder().toAddresses(email.to()).build())
                .content(EmailContent.builder().simple(Message.builder()
                        .subject(utf8(Text.header(email.subject(), 200)))
                        .body(Body.builder().html(utf8(email.html())).text(utf8(email.text())).build())
                        .build()).build())
                .build()).messageId();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
