package org.commonground.statements;

import java.time.Instant;

/**
 * Someone taking part. No personal data is needed: the name is optional and never shown
 * with their statements; an email is kept only with their consent to updates.
 * {@code tokenHash} is null for people whose answers a facilitator entered for them.
 * {@code expiresAt} (epoch seconds) is the workshop's, for DynamoDB's TTL.
 */
public record Participant(
        String id,
        String workshopId,
        String name,
        String perspective,
        String language,
        String email,
        boolean updatesConsent,
        String tokenHash,
        Instant createdAt,
        long expiresAt) {}
