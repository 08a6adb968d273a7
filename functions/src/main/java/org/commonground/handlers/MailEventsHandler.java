package org.commonground.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import org.commonground.outbox.MailEvents;

/** The mail events function: SES bounce and complaint notices from the SNS topic, into the suppression list. */
public final class MailEventsHandler implements RequestHandler<SNSEvent, String> {
    private final MailEvents events;

    public MailEventsHandler() { this(Deployment.shared()); }

    public MailEventsHandler(Deployment deployment) {
        this.events = CommonGround.of(deployment).mailEvents();
    }

    @Override
    public String handleRequest(SNSEvent event, Context context) {
        int suppressed = 0;
        if (event.getRecords() != null) {
            for (SNSEvent.SNSRecord record : event.getRecords()) suppressed += events.record(record.getSNS().getMessage());
        }
        return "Addresses suppressed: " + suppressed;
    }
}
