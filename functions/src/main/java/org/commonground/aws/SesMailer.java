package org.commonground.aws;

import org.commonground.outbox.Email;
import org.commonground.outbox.Mailer;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Sends an email through SES v2 from the sender address; the client is asked for only when sending. */
public final class SesMailer implements Mailer {
    private final java.util.function.Supplier<SesV2Client> ses;
    private final String sender;

    public SesMailer(java.util.function.Supplier<SesV2Client> ses, String sender) {
        this.ses = ses;
        this.sender = sender;
    }

    @Override
    public String send(Email email) {
        return ses.get().sendEmail(SendEmailRequest.builder()
                .fromEmailAddress(sender)
                .destination(Destination.builder().toAddresses(email.to()).build())
                .content(EmailContent.builder().simple(Message.builder()
                        .subject(utf8(email.subject()))
                        .body(Body.builder().html(utf8(email.html())).text(utf8(email.text())).build())
                        .build()).build())
                .build()).messageId();
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
