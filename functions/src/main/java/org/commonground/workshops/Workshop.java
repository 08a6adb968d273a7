package org.commonground.workshops;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A workshop; {@code title} and {@code focus} in English and Welsh; {@code site} is the address it
 * was set up through, for links in the emails the schedule sends.
 */
public record Workshop(
        String id,
        String code,
        Wording title,
        Wording focus,
        Phase phase,
        long version,
        List<String> languages,
        List<PromptWording> prompts,
        List<Perspective> perspectives,
        WorkshopSettings settings,
        String createdBy,
        Instant createdAt,
        String site) {
    /** Where the councils the method serves are: workshop dates and the dates in plans are days there. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");


    public boolean hasPerspective(String id) {
        return perspectives.stream().anyMatch(p -> p.id().equals(id));
    }

    /** The same workshop set up as {@code setup} says (what a facilitator may change), at {@code nextVersion}. */
    public Workshop withSetup(NewWorkshop setup, long nextVersion) {
        return new Workshop(id, code, setup.title(), setup.focus(), phase, nextVersion, setup.languages(), setup.prompts(),
                setup.perspectives(), setup.settings(), createdBy, createdAt, site);
    }

    /** What may be changed or copied to a new workshop: the wording, perspectives and settings. */
    public NewWorkshop setup() {
        return new NewWorkshop(title, focus, languages, prompts, perspectives, settings);
    }

    public Workshop withPhase(Phase next, long nextVersion) {
        return new Workshop(id, code, title, focus, next, nextVersion, languages, prompts, perspectives, settings,
                createdBy, createdAt, site);
    }

    /** Seconds since the epoch at which this workshop's records may be deleted. */
    public long expiresAt() {
        return createdAt.plusSeconds(86_400L * settings.retentionDays()).getEpochSecond();
    }
}
