package org.commonground.grid;

/** One person's placement of one idea; a person has at most one per idea, and changing it replaces it. */
public record Placement(String workshopId, String ideaId, String participantId, int effort, int difference, long expiresAt) {}
