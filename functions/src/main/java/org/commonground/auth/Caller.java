package org.commonground.auth;

/** Who is making a request, as their token says. */
public sealed interface Caller {
    record Facilitator(String email, String tokenHash) implements Caller {}

    /** Their token expires with the workshop's records, so it also says when their words expire. */
    record Participant(String workshopId, String participantId, String tokenHash, java.time.Instant expiresAt) implements Caller {}

    /** Whoever holds the private link of one action plan: its lead, posting progress. */
    record ActionLead(String workshopId, String actionId) implements Caller {}

    /** The read-only big-screen view of one workshop. */
    record Screen(String workshopId) implements Caller {}
}
