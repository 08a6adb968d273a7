package org.commonground.statements;

import java.time.Instant;

/**
 * One import of answers gathered beforehand: the file's name, how the answers were gathered,
 * how many people (rows) and statements it added, who imported it and when. Undoing it removes
 * its statements and this record.
 */
public record ImportRecord(String id, String workshopId, String fileName, Source source, int people, int statements,
                           String importedBy, Instant importedAt, long expiresAt) {}
