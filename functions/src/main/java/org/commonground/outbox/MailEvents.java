package org.commonground.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.commonground.kernel.Json;

/**
 * What SES reports after sending, through the configuration set's event destination (an SNS
 * topic): a permanent bounce or a complaint puts the address on the deployment's own
 * suppression list, so nothing is written to it again. Transient bounces (a full mailbox) and
 * other events change nothing. Event format: SES v2 event publishing, "eventType" Bounce/Complaint.
 */
public final class MailEvents {
    private final AddressBook addresses;
    private final Clock clock;

    public MailEvents(AddressBook addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Records one SES event (its JSON, as the SNS message carries it); answers how many addresses were suppressed. */
    public int record(String eventJson) {
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(eventJson);
        } catch (JsonProcessingException e) {
            return 0;
        }
        String type = event.path("eventType").asText(event.path("notificationType").asText(""));
        int suppressed = 0;
        if (type.equals("Bounce") && event.path("bounce").path("bounceType").asText().equals("Permanent")) {
            String why = "bounce: " + event.path("bounce").path("bounceSubType").asText("General");
            for (JsonNode r : event.path("bounce").path("bouncedRecipients")) suppressed += suppress(r, why);
        } else if (type.equals("Complaint")) {
            for (JsonNode r : event.path("complaint").path("complainedRecipients")) suppressed += suppress(r, "complaint");
        }
        return suppressed;
    }

    private int suppress(JsonNode recipient, String why) {
        String address = recipient.path("emailAddress").asText("").strip().toLowerCase(java.util.Locale.ROOT);
        // SES may give "Name <address>".
        int open = address.lastIndexOf('<');
        if (open >= 0 && address.endsWith(">")) address = address.substring(open + 1, address.length() - 1);
        if (address.isEmpty()) return 0;
        addresses.suppress(address, why, clock.instant());
        return 1;
    }
}
