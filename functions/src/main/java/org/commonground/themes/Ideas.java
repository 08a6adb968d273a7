package org.commonground.themes;

import java.time.Clock;
import java.util.Map;
import org.commonground.auth.Caller;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Text;
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

    private final ContributionStore responses;
    private final ThemeStore themes;
    private final Workshops workshops;
    private final Clock clock;

    public Ideas(ContributionStore responses, ThemeStore themes, Workshops workshops, Clock clock) {
        this.responses = responses;
        this.themes = themes;
        this.workshops = workshops;
        this.clock = clock;
    }

    public InPlaceItem addInPlace(Caller caller, String workshopId, String themeId, String text) {
        Workshop workshop = workshops.get(workshopId);
        Contributions.theme(themes, workshopId, themeId);
        InPlaceItem item = new InPlaceItem(Ids.next(clock), workshopId, themeId, Text.clean(text, "answer", MAX_TEXT),
                Contributions.author(caller), clock.instant(), workshop.expiresAt());
        Contributions.check(responses.addInPlace(item, Contributions.phaseFor(caller, Phase.IN_PLACE)), "what is already in place");
        return item;
    }

    public Idea addIdea(Caller caller, String workshopId, String themeId, Lens lens, String text) {
        Workshop workshop = workshops.get(workshopId);
        if (themeId != null) Contributions.theme(themes, workshopId, themeId);
        Idea idea = new Idea(Ids.next(clock), workshopId, themeId, lens, Text.clean(text, "idea", MAX_TEXT), Contributions.author(caller),
                0, Map.of(), clock.instant(), workshop.expiresAt());
        Contributions.check(responses.addIdea(idea, Contributions.phaseFor(caller, Phase.IDEAS)), "ideas");
        return idea;
    }
}
