package org.commonground.actionplans;

/** Someone who signed up to help with an action plan. */
public record Supporter(String workshopId, String actionId, String participantId, long expiresAt) {}
