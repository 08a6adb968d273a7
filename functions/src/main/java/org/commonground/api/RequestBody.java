package org.commonground.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.commonground.kernel.Json;
import org.commonground.kernel.Problem;

/**
 * A JSON object sent by a caller, read field by field so that every mistake gets a
 * sentence that names the field and says what to send instead. Every method that reads
 * throws a {@link Problem}: {@code missing_body}, {@code malformed_json}, {@code unknown_field},
 * {@code missing_field} or {@code invalid_field} (400), or 413 for a body over the limit.
 * Routes read bodies through {@link Request#body}; the {@code *Requests} classes turn them into
 * the plain values the domain takes.
 */
public final class RequestBody {
    /** Bodies are small: the longest is a workshop with its prompts in two languages. */
    public static final int MAX_BYTES = 64 * 1024;

    private final ObjectNode object;

    private RequestBody(ObjectNode object) { this.object = object; }

    /** {@code raw} as one JSON object holding only {@code allowedFields}; at most {@link #MAX_BYTES} characters. */
    public static RequestBody parse(String raw, Set<String> allowedFields) {
        if (raw != null && raw.length() > MAX_BYTES) {
            throw Problem.tooLarge("The request is too large. Send at most " + (MAX_BYTES / 1024) + " KB.");
        }
        return parseLarge(raw, allowedFields);
    }

    /** A body that may carry a file (an import), so is held only to the limit its route sets itself. */
    public static RequestBody parseLarge(String raw, Set<String> allowedFields) {
        if (raw == null || raw.isBlank()) {
            throw Problem.invalid("missing_body", "Send a JSON object in the request body.");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(raw);
        } catch (StreamConstraintsException e) {
            throw Problem.invalid("malformed_json", "The request body is nested more than " + Json.MAX_NESTING
                    + " levels deep or has a number longer than " + Json.MAX_NUMBER_DIGITS + " digits. Send a simpler JSON object.");
        } catch (JsonProcessingException e) {
            throw Problem.invalid("malformed_json", "The request body is not one valid JSON object" + where(e)
                    + ". Check for a key given twice, or anything after the closing bracket.");
        }
        if (!(node instanceof ObjectNode object)) {
            throw Problem.invalid("malformed_json", "The request body must be a JSON object, like {\"name\": \"value\"}.");
        }
        return of(object, allowedFields, "");
    }

    private static String where(JsonProcessingException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** An object inside a body, holding only {@code allowedFields}; {@code prefix} names where it sits, for messages ("steps[0]."). */
    public static RequestBody of(ObjectNode object, Set<String> allowedFields, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                throw Problem.invalid("unknown_field", "The field '" + prefix + name + "' is not recognised. "
                        + "Fields you can send here: " + String.join(", ", new TreeSet<>(allowedFields)) + ".");
            }
        }
        return new RequestBody(object);
    }

    /** Whether the field is given with a value (not left out, not null). */
    public boolean has(String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    /** Sent at all, even as null (null can mean "none", as in moving a statement back to unsorted). */
    public boolean isPresent(String field) {
        return object.has(field);
    }

    /** Whether the field holds an object in curly brackets. */
    public boolean isObject(String field) {
        return object.get(field) instanceof ObjectNode;
    }

    /** The field's text; {@code missing_field} when left out or null, {@code invalid_field} when not text. */
    public String text(String field) {
        return optionalText(field).orElseThrow(() -> missing(field));
    }

    /** The field's text, empty when left out or null; {@code invalid_field} when not text. */
    public Optional<String> optionalText(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isTextual()) throw wrongType(field, "text in quotes");
        return Optional.of(value.textValue());
    }

    /** The field as a whole number from {@code min} to {@code max}, empty when left out or null; else {@code invalid_field}. */
    public Optional<Integer> optionalWholeNumber(String field, int min, int max) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw Problem.invalid("invalid_field", "'" + field + "' must be a whole number from " + min + " to " + max + ".");
        }
        return Optional.of(value.intValue());
    }

    /** The field as true or false, empty when left out or null; {@code invalid_field} when anything else. */
    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isBoolean()) throw wrongType(field, "true or false");
        return Optional.of(value.booleanValue());
    }

    /** A list of at most {@code maxItems}, each element read by the caller; empty when left out or null; else {@code invalid_field}. */
    public Optional<List<JsonNode>> optionalList(String field, int maxItems) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isArray()) throw wrongType(field, "a list in square brackets");
        if (value.size() > maxItems) {
            throw Problem.invalid("invalid_field", "'" + field + "' may hold at most " + maxItems + " items.");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return Optional.of(items);
    }

    /** An object holding only {@code allowedFields}, empty when left out or null; {@code invalid_field} or {@code unknown_field} otherwise. */
    public Optional<RequestBody> optionalObject(String field, Set<String> allowedFields) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return Optional.empty();
        if (!(value instanceof ObjectNode nested)) throw wrongType(field, "an object in curly brackets");
        return Optional.of(of(nested, allowedFields, field + "."));
    }

    /** The problem for a field that must be given: 400 {@code missing_field}, "Please give 'field'." */
    public static Problem missing(String field) {
        return Problem.invalid("missing_field", "Please give '" + field + "'.");
    }

    /** The problem for a field of the wrong kind: 400 {@code invalid_field}, "'field' must be <expected>." */
    public static Problem wrongType(String field, String expected) {
        return Problem.invalid("invalid_field", "'" + field + "' must be " + expected + ".");
    }
}
