package org.commonground.auth;

import java.time.Instant;

/** What a bearer token stands for. Only its SHA-256 hash is stored. */
public record Token(Kind kind, String email, String workshopId, String participantId, String actionId, Instant expiresAt) {
    public enum Kind { SIGN_IN_LINK, FACILITATOR, PARTICIPANT, SCREEN, ACTION_LEAD, UNSUBSCRIBE, CONFIRM_ADDRESS }

    public static Token signInLink(String email, Instant expiresAt) { return new Token(Kind.SIGN_IN_LINK, email, null, null, null, expiresAt); }
    public static Token facilitator(String email, Instant expiresAt) { return new Token(Kind.FACILITATOR, email, null, null, null, expiresAt); }
    public static Token participant(String workshopId, String participantId, Instant expiresAt) { return new Token(Kind.PARTICIPANT, null, workshopId, participantId, null, expiresAt); }
    /** The private link in an action lead's email: posts progress on that one plan, nothing else. */
    public static Token actionLead(String workshopId, String actionId, Instant expiresAt) { return new Token(Kind.ACTION_LEAD, null, workshopId, null, actionId, expiresAt); }
    /** The link at the foot of an update email: stops that person's emails, and does nothing else. */
    public static Token unsubscribe(String workshopId, String participantId, Instant expiresAt) { return new Token(Kind.UNSUBSCRIBE, null, workshopId, participantId, null, expiresAt); }
    /** The link in a confirmation email: confirms that address for one workshop, and does nothing else. */
    public static Token confirmAddress(String workshopId, String email, Instant expiresAt) { return new Token(Kind.CONFIRM_ADDRESS, email, workshopId, null, null, expiresAt); }
    public static Token screen(String workshopId, Instant expiresAt) { return new Token(Kind.SCREEN, null, workshopId, null, null, expiresAt); }
}
