package org.commonground.voting;

/** One person's dots on one theme or idea in one voting round. */
public record Vote(String workshopId, Round round, String participantId, String perspective, String targetId, int dots,
                   long expiresAt) {

    /** Each round has its own budget: themes on day 1, ideas on day 2. */
    public enum Round {
        THEMES, IDEAS;

        public String key() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
