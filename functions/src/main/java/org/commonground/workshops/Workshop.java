package org.commonground.workshops;

import java.time.Instant;
import java.util.List;

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
        Instant createdAt) {

    public boolean hasPerspective(String id) {
        return perspectives.stream().anyMatch(p -> p.id().equals(id));
    }

    public Workshop withPhase(Phase next, long nextVersion) {
        return new Workshop(id, code, title, focus, next, nextVersion, languages, prompts, perspectives, settings,
                createdBy, createdAt);
    }

    /** Seconds since the epoch at which this workshop's records may be deleted. */
    public long expiresAt() {
        return createdAt.plusSeconds(86_400L * settings.retentionDays()).getEpochSecond();
    }
}
