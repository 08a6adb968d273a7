package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonground.aws.DynamoOutboxStore;
import org.commonground.aws.SesMailer;
import org.commonground.aws.Table;
import org.commonground.outbox.Email;
import org.commonground.outbox.Mailer;
import org.commonground.outbox.Outbox;
import org.junit.jupiter.api.Test;

/** The sweep against DynamoDB Local and the SES emulator, with a mail service that fails often. */
class OutboxSweepTest {
    private final HandClock clock = new HandClock(Instant.parse("2027-05-04T09:00:00Z"));
    private final Scenario s = new Scenario(clock, Map.of());
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger calls = new AtomicInteger();
    private final SesMailer ses = new SesMailer(s.deployment::ses, "common-ground@example.org", null);
    /** Fails every other call, and always for addresses that start with "never". */
    private final Mailer flaky = email -> {
        if (calls.incrementAndGet() % 2 == 0 || email.to().getFirst().startsWith("never")) {
            throw new IllegalStateException("The mail service did not answer");
        }
        return ses.send(email);
    };
    private final Table table = new Table(s.deployment.dynamo(), s.deployment.configuration().tableName());
    private final Outbox outbox = new Outbox(new DynamoOutboxStore(table), flaky, new org.commonground.aws.DynamoAddressBook(table), clock);

    private Email email(String address, String workshopId) {
        return new Email("sweep-" + address, "test", List.of(address), "Hello " + address, "<p>Hello</p>", "Hello", workshopId);
    }

    @Test
    void everyEmailIsSentExactlyOnceThoughHalfTheSendsFail() {
        List<String> addresses = new ArrayList<>();
        int pending = 0;
        for (int i = 0; i < 20; i++) {
            String address = "sweep-" + run + "-" + i + "@example.org";
            addresses.add(address);
            if (outbox.send(email(address, null)) == Outbox.Result.PENDING) pending++;
            assertEquals(Outbox.Result.ALREADY_SENT, outbox.send(email(address, null)), "the same key is never sent twice");
        }
        assertTrue(pending >= 8, "about half failed the first time: " + pending);
        assertEquals(new Outbox.Swept(0, 0, 0), outbox.sweep(), "nothing is retried before its time");

        for (int round = 0; round < Outbox.MOST_ATTEMPTS && pending > 0; round++) {
            clock.now = clock.now.plus(Duration.ofMinutes(5L << round)).plusSeconds(1);
            Outbox.Swept swept = outbox.sweep();
            pending = swept.stillPending();
            assertEquals(0, swept.gaveUp());
        }
        assertEquals(0, pending);
        for (String address : addresses) assertEquals(1, LocalAws.get().emailsArrive(address).size(), address);
    }

    @Test
    void anEmailThatNeverGoesIsGivenUpAndTheFacilitatorsAreTold() {
        String token = s.facilitator();
        String id = s.createWorkshop(token, "Undeliverable").text("id");
        String address = "never-" + run + "@example.org";
        assertEquals(Outbox.Result.PENDING, outbox.send(email(address, id)));
        int gaveUp = 0;
        for (int round = 0; round < Outbox.MOST_ATTEMPTS + 2; round++) {
            clock.now = clock.now.plus(Duration.ofMinutes(5L << Math.min(round, 5))).plusSeconds(1);
            gaveUp += outbox.sweep().gaveUp();
        }
        assertEquals(1, gaveUp);
        assertEquals(Outbox.MOST_ATTEMPTS, calls.get(), "tried six times in all, then left alone");
        assertEquals(0, LocalAws.get().emailsTo(address).size());
        JsonNode board = s.board(id, token).json();
        assertEquals("Hello " + address, board.at("/undeliveredEmails/0/subject").asText());
        assertEquals("IllegalStateException", board.at("/undeliveredEmails/0/reason").asText());
        Scenario.Person someone = s.join(id, "carer", "en");
        assertTrue(s.board(id, someone.token()).json().path("undeliveredEmails").isMissingNode(), "only facilitators are told");
    }
}
