package org.commonground.themes;

import java.time.Instant;

/** Something that already exists for a priority theme (a service, a group, a person), so nobody reinvents it. */
public record InPlaceItem(String id, String workshopId, String themeId, String text, String participantId,
                          Instant createdAt, long expiresAt) {}
