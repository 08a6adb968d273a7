package org.commonground.actionplans;

import java.time.Instant;

/** A note of progress on an action plan, by its lead or a facilitator. */
public record ProgressUpdate(String id, String workshopId, String actionId, String text, ActionStatus status, boolean byFacilitator,
                             Instant at, long expiresAt) {}
