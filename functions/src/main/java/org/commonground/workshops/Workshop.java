package org.commonground.workshops;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A workshop; {@code site} is the address it was set up through, for links in the emails the schedule sends. */
public record Workshop(
        String id,
        String code,
        String title,
        String focus,
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

    public Workshop withPhase(Phase next, long nextVersion) {
        return new Workshop(id, code, title, focus, next, nextVersion, languages, prompts, perspectives, settings,
                createdBy, createdAt, site);
    }

    /** Seconds since the epoch at which this workshop's records may be deleted. */
    public long expiresAt() {
        return createdAt.plusSeconds(86_400L * settings.retentionDays()).getEpochSecond();
    }
}
