package org.commonground.themes;

import java.time.Instant;

/** What success would look like for a theme, from one perspective (people and families, commissioners, providers...). */
public record SuccessStatement(String id, String workshopId, String themeId, String perspective, String text,
                               String participantId, Instant createdAt, long expiresAt) {}
