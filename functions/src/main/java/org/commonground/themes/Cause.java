package org.commonground.themes;

import java.time.Instant;

/**
 * Why a "not working" theme happens. A cause under another ({@code parentId}) answers "why?"
 * about it; {@code depth} is 1 for a first cause, at most {@link Understanding#MAX_DEPTH}.
 */
public record Cause(String id, String workshopId, String themeId, String parentId, int depth, String text,
                    String participantId, Instant createdAt, long expiresAt) {}
