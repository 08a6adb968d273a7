package org.commonground.outbox;

import java.util.List;

/**
 * One email to send. The key makes it idempotent: the same key is never sent twice. The
 * workshop (null for sign-in links) is where a send that keeps failing is reported.
 */
public record Email(String key, String kind, List<String> to, String subject, String html, String text, String workshopId) {}
