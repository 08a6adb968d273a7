package org.commonground.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.kernel.Problem;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A spreadsheet of answers gathered before the workshop (a questionnaire's download, interview
 * notes, paper answers typed up), read as its header row and the rows under it, every cell as
 * the text it holds. CSV: UTF-8 with or without a byte-order mark, or Windows-1252 (what Excel
 * on Windows saves as "CSV"); comma, semicolon or tab separated; quoted cells may hold the
 * separator, quotes and line breaks. XLSX: the first sheet, with shared or inline strings; a
 * formula is kept as the text typed (starting with {@code =}), never worked out. Rows with no
 * text at all are left out. Every problem with the file is a {@link Problem} (400, or 413 past
 * {@link #MAX_BYTES}).
 */
public record AnswerFile(String format, List<String> headers, List<List<String>> rows) {
    /** 3 MB: the file travels base64-encoded in a request, which Lambda holds to 6 MB. */
    public static final int MAX_BYTES = 3 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Reads {@code bytes}; the name's ending says CSV or XLSX, and the bytes themselves say XLSX. */
    public static AnswerFile read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw Problem.tooLarge("The file is " + megabytes(bytes.length) + " MB. Files of up to 3 MB can be imported: "
                    + "split it into smaller files, or remove columns you do not need.");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        boolean zip = startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
        boolean oldOffice = startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
        if (oldOffice || name.endsWith(".xls") || name.endsWith(".ods") || name.endsWith(".numbers")) {
            throw unsupported();
        }
        if (bytes.length == 0 || (!zip && decode(bytes).isBlank())) {
            throw Problem.invalid("empty_file", "The file is empty. Choose the file that holds the answers.");
        }
        AnswerFile file;
        if (zip || name.endsWith(".xlsx")) {
            if (!zip) throw unsupported();
            file = xlsx(bytes);
        } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv") || !name.contains(".")) {
            file = csv(bytes);
        } else {
            throw unsupported();
        }
        if (file.headers.stream().allMatch(String::isBlank)) {
            throw Problem.invalid("no_headers", "The first row of the file should name the columns, such as the questions people answered.");
        }
        if (file.rows.isEmpty()) {
            throw Problem.invalid("no_rows", "The file has its column names but no answers under them.");
        }
        return file;
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) return false;
        for (int i = 0; i < signature.length; i++) if ((bytes[i] & 0xff) != signature[i]) return false;
        return true;
    }

    private static Problem unsupported() {
        return Problem.invalid("unsupported_file", "Choose a CSV file or an Excel workbook (.xlsx). "
                + "From another spreadsheet, use \"Save as\" or \"Download\" and pick CSV or .xlsx.");
    }

    private static AnswerFile csv(byte[] bytes) {
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) throw unsupported();
        char delimiter = delimiter(text);
        List<List<String>> records = new ArrayList<>();
        try {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
            Iterator<CSVRecord> it = format.parse(new StringReader(text)).iterator();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                records.add(new ArrayList<>(record.toList()));
                if (records.size() > 2 * MAX_ROWS + 1) throw tooManyRows();
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw Problem.invalid("unreadable_file", "The CSV file could not be read: a quote may be left open. "
                    + "Open it in a spreadsheet and save it as CSV again.");
        }
        return table("csv", records);
    }

    /** UTF-8 (a byte-order mark is dropped) when the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The separator used most in the header line, outside quotes: comma, semicolon or tab. */
    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (tabs > commas && tabs > semicolons) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    private static AnswerFile xlsx(byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             var stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) cells.add(text(row.getCell(i)));
                records.add(cells);
                if (records.size() > 2 * MAX_ROWS + 1) throw tooManyRows();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem p) throw p;
            throw Problem.invalid("unreadable_file", "The Excel workbook could not be read. Open it in a spreadsheet, "
                    + "save it again as .xlsx (or as CSV) and try again.");
        }
        return table("xlsx", records);
    }

    private static String text(Cell cell) {
        if (cell == null) return "";
        return switch (cell.getType()) {
            case EMPTY -> "";
            case FORMULA -> cell.getFormula() == null ? "" : "=" + cell.getFormula();
            case STRING -> cell.asString() == null ? "" : cell.asString();
            default -> cell.getRawValue() == null ? "" : cell.getRawValue();
        };
    }

    /** The first non-empty row names the columns; rows after it with any text are the answers. */
    private static AnswerFile table(String format, List<List<String>> records) {
        List<String> headers = null;
        List<List<String>> rows = new ArrayList<>();
        for (List<String> record : records) {
            boolean empty = record.stream().allMatch(c -> c == null || c.isBlank());
            if (empty) continue;
            if (headers == null) {
                headers = record.stream().map(h -> h == null ? "" : h.strip()).toList();
            } else {
                rows.add(record.stream().map(c -> c == null ? "" : c).toList());
            }
        }
        if (rows.size() > MAX_ROWS) throw tooManyRows();
        return new AnswerFile(format, headers == null ? List.of() : headers, rows);
    }

    private static Problem tooManyRows() {
        return Problem.invalid("too_many_rows", "The file has more than " + MAX_ROWS
                + " rows of answers. Split it into smaller files and import each one.");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** The cell of {@code row} under column {@code index} (rows may be shorter than the header row). */
    public static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index) : "";
    }
}
