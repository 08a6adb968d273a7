package org.commonground.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.commonground.kernel.Problem;
import org.junit.jupiter.api.Test;

class RequestBodyTest {
    private static Problem refused(String raw) {
        return assertThrows(Problem.class, () -> RequestBody.parse(raw, Set.of("text", "count", "on")).text("text"));
    }

    @Test
    void everyMistakeHasItsOwnSentence() {
        assertEquals("missing_body", refused(null).code());
        assertEquals("malformed_json", refused("{\"text\": ").code());
        assertEquals("The request body must be a JSON object, like {\"name\": \"value\"}.", refused("[1, 2]").getMessage());
        assertEquals("The field 'colour' is not recognised. Fields you can send here: count, on, text.", refused("{\"colour\": 1}").getMessage());
        assertEquals("'text' must be text in quotes.", refused("{\"text\": 5}").getMessage());
        assertEquals("Please give 'text'.", refused("{\"text\": null}").getMessage());
        assertEquals(Problem.Kind.TOO_LARGE, refused("{\"text\": \"" + "a".repeat(RequestBody.MAX_BYTES) + "\"}").kind());
    }

    @Test
    void readsTypedValues() {
        RequestBody body = RequestBody.parse("{\"text\": \"hi\", \"count\": 3, \"on\": true}", Set.of("text", "count", "on"));
        assertEquals("hi", body.text("text"));
        assertEquals(3, body.optionalWholeNumber("count", 0, 5).orElseThrow());
        assertEquals(true, body.optionalBoolean("on").orElseThrow());
        assertEquals("'count' must be a whole number from 0 to 2.",
                assertThrows(Problem.class, () -> body.optionalWholeNumber("count", 0, 2)).getMessage());
    }
}
