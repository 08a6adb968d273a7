package org.commonground.themes;

import java.time.Instant;
import java.util.Map;
import org.commonground.workshops.Prompt;

/**
 * A group of statements within one question, titled as an "I" statement in the people's
 * voice. {@code dots} and {@code dotsByPerspective} are the theme vote totals, kept on the
 * theme so the board needs no sums.
 */
public record Theme(
        String id,
        String workshopId,
        Prompt category,
        String title,
        int position,
        long version,
        int dots,
        Map<String, Integer> dotsByPerspective,
        Instant createdAt,
        long expiresAt) {

    public Theme renamed(String newTitle, int newPosition) {
        return new Theme(id, workshopId, category, newTitle, newPosition, version, dots, dotsByPerspective, createdAt, expiresAt);
    }
}
