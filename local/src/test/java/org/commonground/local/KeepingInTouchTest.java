package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonground.aws.Keys;
import org.commonground.aws.Table;
import org.commonground.handlers.ScheduleHandler;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** After the days, on the schedule with a clock moved by hand: digests, unsubscribing, reminders, and erasure. */
class KeepingInTouchTest {
    private static final Instant START = Instant.parse("2027-10-05T09:00:00Z");
    private final HandClock clock = new HandClock(START);
    private final Scenario s = new Scenario(clock, Map.of());
    private final String facilitator = s.facilitator();
    private final Scenario.TwoDays done = s.twoDays(facilitator, "Keeping in touch");
    private final ScheduleHandler schedule = new ScheduleHandler(s.deployment);
    private final String carerEmail = s.board(done.workshopId(), facilitator).json().path("statements").isArray()
            ? participantEmail(done.carer().participantId()) : null;

    private String participantEmail(String participantId) {
        return new Table(s.deployment.dynamo(), s.deployment.configuration().tableName())
                .get(Keys.workshop(done.workshopId()), Keys.participant(participantId)).map(item -> Table.text(item, "email")).orElse(null);
    }

    private int count(String what) {
        String report = schedule.handleRequest(Map.of(), null);
        var m = java.util.regex.Pattern.compile(what + " sent: (\\d+)").matcher(report);
        assertTrue(m.find(), report);
        return Integer.parseInt(m.group(1));
    }

    private void later(Duration by) { clock.now = clock.now.plus(by); }

    private ApiClient.Answer update(String text) {
        // A facilitator's session lasts 12 hours, so a new one for each update days apart.
        return s.api.call("POST /api/workshops/{id}/actions/{aid}/updates", Map.of("id", done.workshopId(), "aid", done.action()), s.facilitator(),
                Map.of("text", text, "status", "in_progress"));
    }

    @Test
    void peopleWhoAskedGetADigestAtMostWeeklyAndCanStopItWithOneClick() {
        later(Duration.ofHours(1));
        assertEquals(1, count("digests"), "the carer agreed to updates; the provider gave no email");
        assertEquals(0, count("digests"), "nothing new");
        JsonNode digest = LocalAws.get().emailsArrive(carerEmail, e -> e.path("subject").asText().startsWith("What has happened")).getFirst();
        String text = digest.path("body").path("text").asText();
        assertTrue(text.contains("Eight neighbours came to the first meeting"), text);
        assertTrue(text.contains("/outcomes/" + done.code()), text);
        assertTrue(text.contains("Y newyddion diweddaraf"), "and in Welsh");

        later(Duration.ofDays(2));
        assertEquals(201, update("The rota starts on Monday").status());
        later(Duration.ofDays(1));
        assertEquals(0, count("digests"), "not within a week of the last one");
        later(Duration.ofDays(5));
        assertEquals(1, count("digests"), "a week on, with news");

        String unsubscribe = text.substring(text.indexOf("/unsubscribe?token=") + "/unsubscribe?token=".length()).lines().findFirst().orElseThrow();
        ApiClient.Answer stopped = s.api.call("POST /api/unsubscribe", Map.of(), null, Map.of("token", unsubscribe));
        assertEquals(200, stopped.status(), stopped.body());
        assertEquals(null, participantEmail(done.carer().participantId()), "their address is forgotten");
        assertEquals("not_signed_in", s.api.call("POST /api/unsubscribe", Map.of(), null, Map.of("token", "nonsense")).error());
        assertEquals(401, s.board(done.workshopId(), unsubscribe).status(), "the link stops emails and does nothing else");

        later(Duration.ofDays(1));
        assertEquals(201, update("Twelve carers have had an evening off").status());
        later(Duration.ofDays(7));
        assertEquals(0, count("digests"), "nobody left who asked");
    }

    @Test
    void leadsAreRemindedBeforeAStepIsDueAndWhenAPlanGoesQuiet() {
        // The step is due three days after the workshop; reminders come two days before.
        assertEquals(0, count("reminders"));
        later(Duration.ofDays(1));
        assertEquals(1, count("reminders"));
        assertEquals(0, count("reminders"), "once per step");
        List<JsonNode> emails = LocalAws.get().emailsArrive(done.leadEmail(), e -> e.path("subject").asText().startsWith("Reminder: Start the rota"));
        JsonNode reminder = emails.stream().filter(e -> e.path("subject").asText().startsWith("Reminder: Start the rota")).findFirst().orElseThrow();
        String text = reminder.path("body").path("text").asText();
        assertTrue(text.contains("This step is due soon:") && text.contains("Ask the street group"), text);
        String link = text.substring(text.indexOf("token=") + 6).lines().findFirst().orElseThrow();
        Map<String, String> a = Map.of("id", done.workshopId(), "aid", done.action());
        assertEquals(200, s.api.call("GET /api/workshops/{id}/actions/{aid}", a, link, null).status(), "the reminder's own link works");
        String first = LocalAws.get().emailsTo(done.leadEmail(), "Your action plan").getFirst().path("body").path("text").asText();
        String firstLink = first.substring(first.indexOf("token=") + 6).lines().findFirst().orElseThrow();
        assertEquals(200, s.api.call("GET /api/workshops/{id}/actions/{aid}", a, firstLink, null).status(), "and so does the first one");

        later(Duration.ofDays(13).plusHours(1));
        assertEquals(1, count("reminders"), "fourteen days without news");
        assertEquals(0, count("reminders"));
        assertTrue(LocalAws.get().emailsArrive(done.leadEmail(), e -> e.path("body").path("text").asText().contains("no news on this plan")).size() >= 1);
    }

    @Test
    void erasingSomeoneLeavesNoItemOfThemAndTheTotalsRight() {
        later(Duration.ofHours(1));
        assertEquals(1, count("digests"), "an unsubscribe link was made for them too");
        String who = done.carer().participantId();
        assertEquals(204, s.api.call("DELETE /api/workshops/{id}/participants/me", Map.of("id", done.workshopId()), done.carer().token(), null).status());
        List<String> left = new ArrayList<>();
        Table table = new Table(s.deployment.dynamo(), s.deployment.configuration().tableName());
        for (Map<String, AttributeValue> item : s.deployment.dynamo().scan(ScanRequest.builder().tableName(table.name()).build()).items()) {
            boolean theirs = who.equals(Table.text(item, "participantId")) || Table.text(item, "sk").contains(who) || Table.text(item, "pk").contains(who)
                    // Their idea, with the others' nudge on it.
                    || Table.text(item, "sk").contains(done.idea());
            if (theirs) left.add(Table.text(item, "pk") + " " + Table.text(item, "sk"));
        }
        assertEquals(List.of(), left);
        JsonNode board = s.board(done.workshopId(), s.facilitator()).json();
        assertEquals(0, board.at("/themes/0/dots").asInt(), "their 2 dots are off the theme");
        assertEquals(0, board.at("/actions/0/supporters").asInt());
        assertEquals("Start the rota", board.at("/actions/0/title").asText(), "the plan the group wrote stays");
        assertFalse(board.toString().contains("night's sleep"), "their statement is gone");
    }
}
