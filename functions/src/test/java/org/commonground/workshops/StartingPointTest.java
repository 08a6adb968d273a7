package org.commonground.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.commonground.inmemory.InMemoryRoom;
import org.commonground.kernel.Problem;
import org.junit.jupiter.api.Test;

/** What a new workshop's setup starts from: the method's defaults, or another run of one already held. */
class StartingPointTest {
    private static final String HELD = "01jz8k2m3n4p5q6r7s8t9v0w1x";
    private final Workshop held = new Workshop(HELD, "ABC123", Wording.same("Carers strategy"), Wording.same("Breaks for carers"),
            Phase.CLOSED, 40, List.of("en"), Defaults.PROMPTS, List.of(new Perspective("carer", Wording.same("Carer"))),
            new WorkshopSettings(7, 2, 6, 3, 4, "chefs", 400, List.of("lead@council.example"), "2026-03-04", "2026-03-11", 6, 21, true),
            "lead@council.example", Instant.parse("2026-03-01T09:00:00Z"), "https://cg.example");
    private final Workshops workshops = new Workshops(new InMemoryRoom(held), Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void aFreshWorkshopStartsFromTheMethodsDefaultsWithNoTitleYet() {
        NewWorkshop start = workshops.startingPoint(null, 365);
        assertNull(start.title());
        assertEquals(Defaults.PERSPECTIVES, start.perspectives());
        assertEquals(WorkshopSettings.defaults(365), start.settings());
    }

    @Test
    void anotherRunCopiesTheSetupButNotTheDates() {
        NewWorkshop start = workshops.startingPoint(HELD, 365);
        assertEquals(held.title(), start.title());
        assertEquals(held.perspectives(), start.perspectives());
        assertEquals(List.of("en"), start.languages());
        assertEquals(7, start.settings().dotBudget());
        assertEquals(400, start.settings().retentionDays(), "the copied workshop's retention, not the default");
        assertNull(start.settings().day1Date());
        assertNull(start.settings().day2Date());
    }

    @Test
    void copyingAWorkshopThatIsNotThereIsNotFound() {
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class, () -> workshops.startingPoint("01jz8k2m3n4p5q6r7s8t9v0w1y", 365)).kind());
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class, () -> workshops.startingPoint("not an id", 365)).kind());
    }
}
