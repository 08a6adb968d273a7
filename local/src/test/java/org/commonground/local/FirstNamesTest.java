package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Participants, the big screen and the public see first names only, whatever was typed; facilitators see what was typed. */
class FirstNamesTest {
    @Test
    void leadsAndStepOwnersShowOnlyTheirFirstNameOutsideTheConsole() {
        Scenario s = new Scenario();
        String facilitator = s.facilitator();
        String id = s.createWorkshop(facilitator, "Names").text("id");
        Map<String, String> w = Map.of("id", id);
        String idea = s.api.call("POST /api/workshops/{id}/ideas", w, facilitator, Map.of("lens", "community", "text", "A rota")).text("id");
        String due = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).toString();
        List<String> typed = List.of("Smithson, Jane", "jane.smithson@example.org", "Jane\u00A0Smithson", "Jane\u200BSmithson");
        for (String name : typed) {
            ApiClient.Answer made = s.api.call("POST /api/workshops/{id}/actions", w, facilitator, Map.of("ideaId", idea, "title", "Plan",
                    "lead", Map.of("name", name), "steps", List.of(Map.of("text", "Start", "owner", name, "due", due))));
            assertEquals(201, made.status(), made.body());
        }
        Scenario.Person person = s.join(id, "carer", "en");
        String screen = s.api.call("POST /api/workshops/{id}/screen-links", w, facilitator, null).text("token");
        for (String token : List.of(person.token(), screen)) {
            JsonNode actions = s.board(id, token).json().path("actions");
            assertEquals(typed.size(), actions.size());
            for (JsonNode plan : actions) {
                assertEquals(plan.path("leadName").asText().toLowerCase(), "jane", plan.toString());
                assertEquals(plan.at("/steps/0/owner").asText().toLowerCase(), "jane", plan.toString());
                assertFalse(plan.toString().toLowerCase().contains("smithson"), plan.toString());
            }
        }
        s.phase(id, facilitator, "follow_up");
        String outcomes = s.api.call("GET /api/outcomes/{code}", Map.of("code", s.board(id, facilitator).json().at("/workshop/code").asText()), null, null).body();
        assertFalse(outcomes.toLowerCase().contains("smithson"), outcomes);
        assertEquals("Smithson, Jane", s.board(id, facilitator).json().at("/actions/0/leadName").asText(), "the facilitator sees what was typed");
    }
}
