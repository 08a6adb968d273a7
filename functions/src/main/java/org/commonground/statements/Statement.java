package org.commonground.statements;

import java.time.Instant;
import org.commonground.workshops.Prompt;

/**
 * One answer in someone's own words, kept verbatim. {@code enteredBy} is the facilitator's
 * address when they wrote it down for someone, else null. {@code themeId} is the theme the room
 * put it in, or null while it is unsorted; {@code themeOrder} its place there (later moves go last).
 * {@code perspective} is the perspective of someone whose answer was written down or imported
 * without their joining (null when not said, or when it is the author's own); {@code importId} the
 * import it came from, else null.
 */
public record Statement(
        String id,
        String workshopId,
        String participantId,
        Prompt prompt,
        String text,
        Source source,
        String enteredBy,
        boolean hidden,
        Instant createdAt,
        Instant updatedAt,
        long expiresAt,
        String themeId,
        long themeOrder,
        String perspective,
        String importId) {

    public Statement withText(String newText, Instant when) {
        return new Statement(id, workshopId, participantId, prompt, newText, source, enteredBy, hidden, createdAt, when, expiresAt, themeId, themeOrder, perspective, importId);
    }

    public Statement withHidden(boolean nowHidden, Instant when) {
        return new Statement(id, workshopId, participantId, prompt, text, source, enteredBy, nowHidden, createdAt, when, expiresAt, themeId, themeOrder, perspective, importId);
    }
}
