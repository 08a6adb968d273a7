package org.commonground.outbox;

import java.time.Instant;

/** An email the outbox gave up on, as the facilitators are told of it. */
public record UndeliveredEmail(String kind, String subject, int recipients, String reason, Instant at) {}
