package org.commonground.statements;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.kernel.Ids;
import org.commonground.kernel.Problem;
import org.commonground.kernel.Text;
import org.commonground.imports.AnswerFile;
import org.commonground.imports.ColumnSuggestions;
import org.commonground.workshops.Perspective;
import org.commonground.workshops.Prompt;
import org.commonground.workshops.PromptWording;
import org.commonground.workshops.Workshop;
import org.commonground.workshops.Workshops;

/**
 * Answers gathered before the workshop (questionnaires, interviews, paper), brought in from a
 * CSV or XLSX file. Each row is one person who answered beforehand; each non-empty cell of a
 * column mapped to a question is one statement, kept verbatim (or each non-empty line of it,
 * when asked). A statement's id comes from the workshop, the row's mapped cells (and how often
 * the same cells came before in the file), the question and the line, so importing the same rows
 * again finds them there and creates nothing new. A file is read and checked whole before anything
 * is saved, so nothing is kept from a refused file.
 */
public final class Imports {
    /** How many of the first rows a preview shows. */
    public static final int SAMPLE_ROWS = 5;
    public static final String PERSPECTIVE_COLUMN = "perspective";

    private final ResponseStore store;
    private final Workshops workshops;
    private final Clock clock;

    public Imports(ResponseStore store, Workshops workshops, Clock clock) {
        this.store = store;
        this.workshops = workshops;
        this.clock = clock;
    }

    /**
     * What the facilitator sent: the file, the column (by header) for each question and, if
     * they like, one naming each person's perspective ({@code columns} null to have them
     * suggested), whether each line of a cell is its own statement, and how the answers were gathered.
     */
    public record Request(String fileName, byte[] content, Map<String, String> columns, boolean splitLines, Source source) {}

    /** Cells left out: empty, the same as an answer already imported, or not usable as text (too long, control characters). */
    public record Skipped(int empty, int duplicate, int unusable) {}

    /**
     * A look at the file before importing: its headers, the mapping used (suggested or given),
     * how many rows and people, statements per question, what would be left out, and the first rows.
     */
    public record Preview(String format, List<String> headers, Map<String, String> columns, int rows, int people,
                          Map<String, Integer> statements, Skipped skipped, List<List<String>> sample) {}

    /** What an import saved: its id (to undo it), statements created, people (rows that gave one), and what was left out. */
    public record Result(String importId, int created, int people, Skipped skipped) {}

    private record Planned(List<Statement> statements, Set<String> people, Map<String, Integer> perPrompt,
                           int empty, int duplicate, int unusable, Map<String, String> columns) {}

    public Preview preview(String workshopId, Request request) {
        Workshop workshop = workshops.get(workshopId);
        AnswerFile file = AnswerFile.read(request.fileName(), request.content());
        Map<String, String> columns = request.columns() != null ? request.columns() : suggested(workshop, file.headers());
        Planned plan = plan(workshop, file, columns, request, "preview");
        List<List<String>> sample = file.rows().subList(0, Math.min(SAMPLE_ROWS, file.rows().size()));
        return new Preview(file.format(), file.headers(), plan.columns(), file.rows().size(), plan.people().size(),
                plan.perPrompt(), new Skipped(plan.empty(), plan.duplicate(), plan.unusable()), sample);
    }

    public Result run(String facilitatorEmail, String workshopId, Request request) {
        if (request.columns() == null) {
            throw Problem.invalid("no_column_mapped", "Say which column answers which question in 'columns', "
                    + "or send \"dryRun\": true to see the suggested columns first.");
        }
        Workshop workshop = workshops.get(workshopId);
        AnswerFile file = AnswerFile.read(request.fileName(), request.content());
        String importId = Ids.next(clock);
        Planned plan = plan(workshop, file, request.columns(), request, importId);
        Skipped skipped = new Skipped(plan.empty(), plan.duplicate(), plan.unusable());
        if (plan.statements().isEmpty()) return new Result(null, 0, 0, skipped);
        ImportRecord record = new ImportRecord(importId, workshopId, fileName(request.fileName()), request.source(),
                plan.people().size(), plan.statements().size(), facilitatorEmail, clock.instant(), workshop.expiresAt());
        int created = store.addImported(record, plan.statements());
        if (created < 0) throw Workshops.missing();
        return new Result(importId, created, plan.people().size(), new Skipped(plan.empty(), plan.duplicate()
                + plan.statements().size() - created, plan.unusable()));
    }

    /** Removes the import's statements (wherever the room put them) and its record; other answers stay. */
    public int undo(String workshopId, String importId) {
        workshops.get(workshopId);
        int removed = store.removeImport(workshopId, importId);
        if (removed < 0) {
            throw Problem.notFound("import_not_found", "That import is not there any more. It may have been undone already.");
        }
        return removed;
    }

    /** The columns suggested from the headers, matched against the workshop's questions in each language. */
    public static Map<String, String> suggested(Workshop workshop, List<String> headers) {
        Map<String, List<String>> wordings = new LinkedHashMap<>();
        for (PromptWording p : workshop.prompts()) wordings.put(p.id(), List.of(p.text().en(), p.text().cy()));
        Map<String, String> columns = new LinkedHashMap<>(ColumnSuggestions.suggest(headers, wordings));
        for (String header : headers) {
            String name = header.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("perspective") || name.equals("safbwynt")) columns.put(PERSPECTIVE_COLUMN, header);
        }
        return columns;
    }

    private Planned plan(Workshop workshop, AnswerFile file, Map<String, String> columns, Request request, String importId) {
        Map<Prompt, Integer> mapped = new LinkedHashMap<>();
        Set<Integer> usedColumns = new HashSet<>();
        Integer perspectiveColumn = null;
        for (Map.Entry<String, String> entry : columns.entrySet()) {
            String header = entry.getValue();
            if (header == null || header.isBlank()) continue;
            int index = file.headers().indexOf(header.strip());
            if (index < 0) {
                throw Problem.invalid("unknown_column", "The file has no column called '" + header + "'. Its columns are: "
                        + String.join(", ", file.headers()) + ".");
            }
            if (!usedColumns.add(index)) {
                throw Problem.invalid("column_used_twice", "The column '" + header + "' is chosen twice. Choose each column for one question only.");
            }
            if (entry.getKey().equals(PERSPECTIVE_COLUMN)) {
                perspectiveColumn = index;
                continue;
            }
            Prompt prompt = Prompt.fromWire(entry.getKey()).orElseThrow(() -> Problem.invalid("invalid_field",
                    "'columns' maps working, not_working, future (and perspective) to the file's column names."));
            mapped.put(prompt, index);
        }
        if (mapped.isEmpty()) {
            if (request.columns() == null) {
                // A preview with nothing suggested still shows the file, so the facilitator can choose.
                return new Planned(List.of(), Set.of(), zeroes(), 0, 0, 0, Map.of());
            }
            throw Problem.invalid("no_column_mapped", "Choose at least one column that holds answers to a question.");
        }

        Set<String> existing = new HashSet<>();
        for (Statement st : store.all(workshop.id()).statements()) existing.add(st.id());
        Map<String, Integer> seen = new HashMap<>();
        List<Statement> statements = new ArrayList<>();
        Set<String> people = new HashSet<>();
        Map<String, Integer> perPrompt = zeroes();
        int empty = 0;
        int duplicate = 0;
        int unusable = 0;
        Instant now = clock.instant();
        Source source = request.source() == null ? Source.QUESTIONNAIRE : request.source();
        for (List<String> row : file.rows()) {
            StringBuilder content = new StringBuilder();
            for (int index : mapped.values()) content.append(AnswerFile.cell(row, index)).append('\u001f');
            String cells = content.toString();
            int occurrence = seen.merge(cells, 1, Integer::sum);
            String rowKey = workshop.id() + "\u001e" + cells + "\u001e" + occurrence;
            String person = Ids.fromKey("row\u001e" + rowKey);
            String perspective = perspectiveColumn == null ? null : perspective(workshop, AnswerFile.cell(row, perspectiveColumn));
            for (Map.Entry<Prompt, Integer> column : mapped.entrySet()) {
                String cell = AnswerFile.cell(row, column.getValue());
                List<String> parts = request.splitLines() ? List.of(cell.split("\\R")) : List.of(cell);
                int line = 0;
                for (String part : parts) {
                    line++;
                    if (part.isBlank()) {
                        if (!request.splitLines() || parts.size() == 1) empty++;
                        continue;
                    }
                    String text;
                    try {
                        text = Text.clean(part, "answer", Gathering.MAX_STATEMENT);
                    } catch (Problem unusableText) {
                        unusable++;
                        continue;
                    }
                    String id = Ids.fromKey("statement\u001e" + rowKey + "\u001e" + column.getKey().wire() + "\u001e"
                            + (request.splitLines() ? line : 0));
                    people.add(person);
                    if (existing.contains(id)) {
                        duplicate++;
                        continue;
                    }
                    existing.add(id);
                    perPrompt.merge(column.getKey().wire(), 1, Integer::sum);
                    statements.add(new Statement(id, workshop.id(), person, column.getKey(), text, source, null, false,
                            now, now, workshop.expiresAt(), null, 0, perspective, importId));
                }
            }
        }
        Map<String, String> used = new LinkedHashMap<>();
        mapped.forEach((prompt, index) -> used.put(prompt.wire(), file.headers().get(index)));
        if (perspectiveColumn != null) used.put(PERSPECTIVE_COLUMN, file.headers().get(perspectiveColumn));
        return new Planned(statements, people, perPrompt, empty, duplicate, unusable, used);
    }

    /** A perspective named in a cell by its id or its label in either language; null when it names none. */
    private static String perspective(Workshop workshop, String cell) {
        String wanted = cell.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) return null;
        for (Perspective p : workshop.perspectives()) {
            if (p.id().equals(wanted) || p.label().en().strip().equalsIgnoreCase(wanted) || p.label().cy().strip().equalsIgnoreCase(wanted)) {
                return p.id();
            }
        }
        return null;
    }

    private static Map<String, Integer> zeroes() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Prompt p : Prompt.values()) counts.put(p.wire(), 0);
        return counts;
    }

    private static String fileName(String name) {
        String plain = name == null || name.isBlank() ? "answers" : name.strip();
        int slash = Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\'));
        plain = plain.substring(slash + 1);
        return Text.clean(plain.isEmpty() ? "answers" : plain, "file name", 200);
    }
}
