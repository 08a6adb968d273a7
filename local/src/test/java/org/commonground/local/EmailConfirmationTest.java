package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commonground.consent.AddressConfirmation;
import org.junit.jupiter.api.Test;

/**
 * A join code is not a way to email strangers: typed-in addresses get one short confirmation
 * and nothing else until confirmed; new addresses are limited per person and per workshop; an
 * address that bounced or complained gets nothing.
 */
class EmailConfirmationTest {
    private final Scenario s = new Scenario();
    private final String facilitator = s.facilitator();
    private final String id = s.createWorkshop(facilitator, "Carers in Conwy").text("id");
    private final Map<String, String> w = Map.of("id", id);

    private static String address(String who) { return who + "-" + UUID.randomUUID() + "@example.org"; }

    private String idea() {
        return s.api.call("POST /api/workshops/{id}/ideas", w, facilitator, Map.of("lens", "community", "text", "A lunch club")).text("id");
    }

    private ApiClient.Answer plan(String token, String idea, String leadEmail, String title) {
        String due = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3).toString();
        return s.api.call("POST /api/workshops/{id}/actions", w, token, Map.of("ideaId", idea, "title", title,
                "lead", Map.of("name", "Someone", "email", leadEmail, "consent", true),
                "steps", List.of(Map.of("text", "Start", "due", due))));
    }

    private Scenario.Person joinWith(String email) {
        ApiClient.Answer joined = s.api.call("POST /api/workshops/{id}/participants", w, null,
                Map.of("perspective", "carer", "language", "en", "email", email, "updatesConsent", true));
        assertEquals(201, joined.status(), joined.body());
        return new Scenario.Person(joined.text("participantId"), joined.text("token"));
    }

    @Test
    void aStrangerNamedAsLeadGetsOnlyAShortConfirmationUntilTheyConfirm() {
        String idea = idea();
        s.phase(id, facilitator, "action_planning");
        Scenario.Person writer = s.join(id, "carer", "en");
        String stranger = address("stranger");
        ApiClient.Answer made = plan(writer.token(), idea, stranger, "Buy cheap pills at example dot com");
        assertEquals(201, made.status(), made.body());
        assertEquals("held", made.text("leadEmail"));
        plan(writer.token(), idea, stranger, "Second plan, same address");
        List<JsonNode> got = LocalAws.get().emailsTo(stranger);
        assertEquals(1, got.size(), "one confirmation, however often the address is named");
        String text = got.getFirst().path("body").path("text").asText();
        assertTrue(text.contains("Someone named you as the lead of a plan at Carers in Conwy. Confirm to receive it"), text);
        assertFalse(text.contains("pills") || text.contains("Second plan"), "nothing the writer typed:\n" + text);
        assertFalse(got.getFirst().path("subject").asText().contains("pills"));

        String token = LocalAws.get().confirmationToken(stranger);
        assertEquals(401, s.board(id, token).status(), "the confirmation link does nothing else");
        ApiClient.Answer confirmed = s.api.call("POST /api/confirmations", Map.of(), null, Map.of("token", token));
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(2, confirmed.json().path("emailsSent").asInt(), "the two held plans go now");
        assertEquals(2, LocalAws.get().emailsTo(stranger, "Your action plan").size());
        assertEquals("sent", plan(writer.token(), idea, stranger, "Third plan").text("leadEmail"), "once confirmed, at once");
    }

    @Test
    void anAddressGivenForUpdatesIsConfirmedTheSameWay() {
        String mine = address("updates");
        joinWith(mine);
        List<JsonNode> got = LocalAws.get().emailsTo(mine);
        assertEquals(1, got.size());
        assertTrue(got.getFirst().path("body").path("text").asText().contains("Someone asked for updates from Carers in Conwy"));
        assertEquals(401, s.api.call("POST /api/confirmations", Map.of(), null, Map.of("token", "made-up")).status());
    }

    @Test
    void newAddressesAreLimitedPerPerson() {
        String idea = idea();
        s.phase(id, facilitator, "action_planning");
        Scenario.Person writer = s.join(id, "carer", "en");
        for (int i = 0; i < AddressConfirmation.PER_PARTICIPANT; i++) {
            assertEquals(201, plan(writer.token(), idea, address("lead" + i), "Plan " + i).status());
        }
        String last = address("one-too-many");
        ApiClient.Answer refused = plan(writer.token(), idea, last, "One more");
        assertEquals(429, refused.status(), refused.body());
        assertEquals("too_many_addresses", refused.error());
        assertTrue(refused.text("message").contains("new email addresses in the last hour"), refused.body());
        assertEquals(List.of(), LocalAws.get().emailsTo(last));
        assertEquals(AddressConfirmation.PER_PARTICIPANT, s.board(id, facilitator).json().path("actions").size(), "nothing saved");
        Scenario.Person other = s.join(id, "carer", "en");
        assertEquals(201, plan(other.token(), idea, address("theirs"), "Someone else's plan").status(), "another person is not stopped");
    }

    @Test
    void newAddressesAreLimitedPerWorkshop() {
        for (int i = 0; i < AddressConfirmation.PER_WORKSHOP; i++) {
            s.app.addresses().admit(null, id, "room-" + i + "@example.org");
        }
        ApiClient.Answer refused = s.api.call("POST /api/workshops/{id}/participants", w, null,
                Map.of("perspective", "carer", "language", "en", "email", address("late"), "updatesConsent", true));
        assertEquals(429, refused.status(), refused.body());
        assertEquals("too_many_addresses", refused.error());
        assertEquals(201, s.api.call("POST /api/workshops/{id}/participants", w, null,
                Map.of("perspective", "carer", "language", "en")).status(), "joining without an address still works");
    }

    @Test
    void anAddressThatBouncedOrComplainedIsNotWrittenToAgain() {
        String bounced = address("bounced");
        // As SES sends it: the event as the message of an SNS notice, to the mail events function.
        var notice = new com.amazonaws.services.lambda.runtime.events.SNSEvent();
        var record = new com.amazonaws.services.lambda.runtime.events.SNSEvent.SNSRecord();
        record.setSns(new com.amazonaws.services.lambda.runtime.events.SNSEvent.SNS().withMessage(bounceNotice(bounced)));
        notice.setRecords(List.of(record));
        assertEquals("Addresses suppressed: 1", new org.commonground.handlers.MailEventsHandler(s.deployment).handleRequest(notice, null));
        joinWith(bounced);
        assertEquals(List.of(), LocalAws.get().emailsTo(bounced), "not even a confirmation");

        String complained = address("complained");
        Scenario.Person person = joinWith(complained);
        s.confirm(complained);
        s.app.mailEvents().record("{\"eventType\":\"Complaint\",\"complaint\":{\"complainedRecipients\":[{\"emailAddress\":\"" + complained + "\"}]}}");
        String idea = idea();
        s.phase(id, facilitator, "action_planning");
        ApiClient.Answer made = plan(person.token(), idea, complained, "My plan");
        assertEquals("suppressed", made.text("leadEmail"));
        assertEquals(1, LocalAws.get().emailsTo(complained).size(), "only the confirmation from before");
    }

    private static String bounceNotice(String address) {
        return "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bounceSubType\":\"General\","
                + "\"bouncedRecipients\":[{\"emailAddress\":\"" + address + "\"}]}}";
    }
}
