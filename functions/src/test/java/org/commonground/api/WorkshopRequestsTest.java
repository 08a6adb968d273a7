package org.commonground.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.commonground.kernel.Problem;
import org.commonground.workshops.Defaults;
import org.commonground.workshops.NewWorkshop;
import org.commonground.workshops.Wording;
import org.junit.jupiter.api.Test;

/** A workshop's setup read from a request body: the defaults it starts from, and every mistake named. */
class WorkshopRequestsTest {
    private static NewWorkshop read(String json) {
        return WorkshopRequests.setup(RequestBody.parse(json, WorkshopRequests.FIELDS), NewWorkshop.startingPoint(365));
    }

    private static Problem refused(String json) {
        return assertThrows(Problem.class, () -> read(json));
    }

    @Test
    void aTitleIsEnoughEverythingElseHasTheMethodsDefaults() {
        NewWorkshop w = read("{\"title\": \"Carers strategy\"}");
        assertEquals(new Wording("Carers strategy", "Carers strategy"), w.focus(), "one string serves both languages");
        assertEquals(Defaults.LANGUAGES, w.languages());
        assertEquals(Defaults.PROMPTS, w.prompts());
        assertEquals(Defaults.PERSPECTIVES, w.perspectives());
        assertEquals(5, w.settings().dotBudget());
        assertEquals(3, w.settings().dotCap());
        assertEquals(3, w.settings().topThemes());
        assertEquals("descriptive", w.settings().lensNames());
        assertEquals(365, w.settings().retentionDays());
    }

    @Test
    void promptWordingCanChangeAndWelshFallsBackToEnglish() {
        NewWorkshop w = read("{\"title\": \"T\", \"prompts\": [{\"id\": \"future\", \"text\": {\"en\": \"What matters for later?\"}}]}");
        assertEquals(new Wording("What matters for later?", "What matters for later?"), w.prompts().get(2).text());
        assertEquals(Defaults.PROMPTS.get(0), w.prompts().get(0));
    }

    @Test
    void perspectivesMayBeGivenAsNames() {
        NewWorkshop w = read("{\"title\": \"T\", \"perspectives\": [\"Young carer\", \"Social worker\"]}");
        assertEquals("young_carer", w.perspectives().get(0).id());
        assertEquals("Social worker", w.perspectives().get(1).label().en());
    }

    @Test
    void saysWhatIsWrong() {
        assertEquals("Please give 'title'.", refused("{}").getMessage());
        assertEquals("'languages' may hold \"en\" (English) and \"cy\" (Welsh).", refused("{\"title\": \"T\", \"languages\": [\"fr\"]}").getMessage());
        assertEquals("The most dots on one item cannot be more than the dots each person has.",
                refused("{\"title\": \"T\", \"settings\": {\"dotBudget\": 2, \"dotCap\": 3}}").getMessage());
        assertEquals("'dotBudget' must be a whole number from 1 to 20.", refused("{\"title\": \"T\", \"settings\": {\"dotBudget\": \"five\"}}").getMessage());
        assertTrue(refused("{\"title\": \"T\", \"settings\": {\"dots\": 5}}").getMessage().startsWith("The field 'settings.dots' is not recognised."));
        assertEquals("'day1Date' must be a date like 2027-03-18.", refused("{\"title\": \"T\", \"settings\": {\"day1Date\": \"next Tuesday\"}}").getMessage());
        assertEquals("Two perspectives have the same name. Give each perspective its own name.", refused("{\"title\": \"T\", \"perspectives\": [\"Carer\", \"carer\"]}").getMessage());
        assertEquals("invalid_email", refused("{\"title\": \"T\", \"settings\": {\"facilitatorEmails\": [\"not an address\"]}}").code());
    }
}
