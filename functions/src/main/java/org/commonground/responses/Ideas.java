package org.commonground.responses;

import java.time.Clock;
import java.util.Map;
import org.commonground.Ids;
import org.commonground.Problem;
import org.commonground.Text;
import org.commonground.auth.Caller;
import org.commonground.clustering.ThemeStore;
import org.commonground.workshops.Phase;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * Day 2 begins: for each priority theme the room lists what is already in place, then
 * generates ideas through three lenses. Participants add these in their own stage;
 * facilitators at any time.
 */
public final class Ideas {
    private static final int MAX_TEXT = 1000;

    private final ResponseStore responses;
    private final ThemeStore themes;
    private final Workshops workshops;
    private final Clock clock;

    public Ideas(ResponseStore responses, ThemeStore themes, Workshops workshops, Clock clock) {
        this.responses = responses;
        this.themes = themes;
        this.workshops = workshops;
        this.clock = clock;
    }

    public InPlaceItem addInPlace(Caller caller, String workshopId, String themeId, String text) {
        Workshop workshop = workshops.get(workshopId);
        theme(workshopId, themeId);
        InPlaceItem item = new InPlaceItem(Ids.next(clock), workshopId, themeId, Text.clean(text, "answer", MAX_TEXT),
                author(caller), clock.instant(), workshop.expiresAt());
        check(responses.addInPlace(item, caller instanceof Caller.Participant ? Phase.IN_PLACE : null), "what is already in place");
        return item;
    }

    public Idea addIdea(Caller caller, String workshopId, String themeId, Lens lens, String text) {
        Workshop workshop = workshops.get(workshopId);
        if (themeId != null) theme(workshopId, themeId);
        Idea idea = new Idea(Ids.next(clock), workshopId, themeId, lens, Text.clean(text, "idea", MAX_TEXT), author(caller),
                0, Map.of(), clock.instant(), workshop.expiresAt());
        check(responses.addIdea(idea, caller instanceof Caller.Participant ? Phase.IDEAS : null), "ideas");
        return idea;
    }

    private void theme(String workshopId, String themeId) {
        themes.find(workshopId, themeId).orElseThrow(() -> Problem.notFound("theme_not_found",
                "That theme is not there any more. Reload to see the themes."));
    }

    private static String author(Caller caller) {
        return caller instanceof Caller.Participant p ? p.participantId() : null;
    }

    private static void check(ResponseStore.Outcome outcome, String what) {
        switch (outcome) {
            case DONE -> { }
            case NOT_FOUND, NOT_AUTHOR -> throw Workshops.missing();
            case WRONG_PHASE -> throw Problem.conflict("wrong_phase", "The room is not working on " + what
                    + " right now. The facilitator will open it when it is time.");
        }
    }
}
