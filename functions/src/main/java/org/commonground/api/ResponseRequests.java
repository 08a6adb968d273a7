package org.commonground.api;

import java.util.Set;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.statements.Gathering;
import org.commonground.statements.Imports;
import org.commonground.statements.Source;
import org.commonground.themes.Lens;
import org.commonground.workshops.Prompt;

/**
 * The bodies of the responses function's requests, read into the plain values the domain takes.
 * Each method throws a 400 or 404 problem saying what is wrong.
 */
public final class ResponseRequests {
    private ResponseRequests() {}

    /** The fields a person may send when joining. */
    public static final Set<String> JOIN_FIELDS = Set.of("name", "perspective", "language", "email", "updatesConsent");

    /** Someone joining: a perspective (required), and optionally a first name, language (default en), email and consent. */
    public static Gathering.Joining joining(RequestBody body) {
        String perspective = body.optionalText("perspective").orElseThrow(() -> Problem.invalid("missing_field",
                "Please choose the perspective that fits you best."));
        return new Gathering.Joining(body.optionalText("name").orElse(null), perspective,
                body.optionalText("language").orElse("en"), body.optionalText("email").orElse(null),
                body.optionalBoolean("updatesConsent").orElse(false));
    }

    /**
     * A statement: prompt and text, optionally its source and whom it is entered for (an id, or
     * a new person given as an object with name, perspective and language).
     */
    public static Gathering.NewStatement statement(RequestBody body) {
        Prompt prompt = Prompt.fromWire(body.text("prompt")).orElseThrow(() -> Problem.invalid("invalid_prompt",
                "'prompt' must be working, not_working or future."));
        Source source = body.optionalText("source").map(s -> Source.fromWire(s).orElseThrow(() ->
                Problem.invalid("invalid_source", "'source' must be online, questionnaire, interview or paper."))).orElse(null);
        String forId = null;
        Gathering.Joining forNew = null;
        if (body.isObject("onBehalfOf")) {
            forNew = joining(body.optionalObject("onBehalfOf", Set.of("name", "perspective", "language")).orElseThrow());
        } else {
            forId = body.optionalText("onBehalfOf").orElse(null);
        }
        return new Gathering.NewStatement(prompt, body.text("text"), source, forId, forNew);
    }

    /** The fields an import may be sent with. */
    public static final Set<String> IMPORT_FIELDS = Set.of("fileName", "content", "columns", "split", "source", "dryRun");
    /** A 3 MB file is 4 MB in base64; anything much longer is over the limit whatever the rest says. */
    public static final int IMPORT_BODY_CHARACTERS = 4 * 1024 * 1024 + 64 * 1024;

    /** An import: the file (base64), the column for each question (null: suggest them), how to split cells, the source. */
    public static Imports.Request importing(RequestBody body) {
        String fileName = body.text("fileName");
        byte[] content;
        try {
            content = java.util.Base64.getDecoder().decode(body.text("content").replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("invalid_content", "'content' must be the file encoded as base64.");
        }
        java.util.Map<String, String> columns = null;
        RequestBody given = body.optionalObject("columns", Set.of("working", "not_working", "future", Imports.PERSPECTIVE_COLUMN)).orElse(null);
        if (given != null) {
            columns = new java.util.LinkedHashMap<>();
            for (String key : java.util.List.of("working", "not_working", "future", Imports.PERSPECTIVE_COLUMN)) {
                String header = given.optionalText(key).orElse(null);
                if (header != null && !header.isBlank()) columns.put(key, header);
            }
        }
        String split = body.optionalText("split").orElse("cell");
        if (!split.equals("cell") && !split.equals("line")) {
            throw Problem.invalid("invalid_field", "'split' must be \"cell\" (each cell is one answer) or \"line\" (each line of a cell is one).");
        }
        Source source = body.optionalText("source").map(s -> Source.fromWire(s).filter(x -> x != Source.ONLINE)
                .orElseThrow(() -> Problem.invalid("invalid_source", "'source' must be questionnaire, interview or paper.")))
                .orElse(Source.QUESTIONNAIRE);
        return new Imports.Request(fileName, content, columns, split.equals("line"), source);
    }

    /** The theme a contribution belongs to ({@code themeId}, required); an id that cannot be one is a theme that is not there (404). */
    public static String themeId(RequestBody body) {
        String themeId = body.text("themeId");
        if (!Ids.looksValid(themeId)) {
            throw Problem.notFound("theme_not_found", "That theme is not there any more. Reload to see the themes.");
        }
        return themeId;
    }

    /** The theme an idea answers, if {@code themeId} is given (an idea need not answer one theme); 404 as for {@link #themeId}. */
    public static String optionalThemeId(RequestBody body) {
        return body.has("themeId") ? themeId(body) : null;
    }

    /** Whether an import is only previewed: as {@code dryRun} says, else when it gives no columns (they are to be suggested). */
    public static boolean dryRun(RequestBody body, Imports.Request request) {
        return body.optionalBoolean("dryRun").orElse(request.columns() == null);
    }

    /** The cause a deeper “why?” is asked about, if any; an id that cannot be one is a cause that is not there. */
    public static String parentCause(RequestBody body) {
        String parentId = body.optionalText("parentId").orElse(null);
        if (parentId != null && !Ids.looksValid(parentId)) {
            throw Problem.notFound("cause_not_found", "The cause you are asking “why?” about is not there any more.");
        }
        return parentId;
    }

    /** The lens of an idea: traditional, community or radical. */
    public static Lens lens(RequestBody body) {
        return Lens.fromWire(body.text("lens")).orElseThrow(() -> Problem.invalid("invalid_lens",
                "'lens' must be traditional, community or radical."));
    }
}
