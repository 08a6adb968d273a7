package org.commonground.themes;

import java.time.Instant;
import java.util.Map;

/** An idea for a priority theme (or for none), seen through one lens; dots are its vote totals. */
public record Idea(String id, String workshopId, String themeId, Lens lens, String text, String participantId,
                   int dots, Map<String, Integer> dotsByPerspective, Instant createdAt, long expiresAt) {}
