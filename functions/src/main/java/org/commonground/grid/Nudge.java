package org.commonground.grid;

import java.time.Instant;

/** A push of an idea by one step, kept as a trail; {@code participantId} is null when a facilitator nudged. */
public record Nudge(String id, String workshopId, String ideaId, Direction direction, String participantId, Instant at, long expiresAt) {}
