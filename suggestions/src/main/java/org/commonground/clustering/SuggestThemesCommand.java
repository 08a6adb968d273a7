package org.commonground.clustering;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonground.kernel.Json;

/**
 * scripts/suggest-themes FILE.csv [--text-column NAME] [--group-column NAME]
 * Prints {"themes":[{"title":..., "rows":[...]}]}: rows are numbered from 1, the first data row.
 * With a group column, each group's statements are grouped separately and each theme names its group.
 */
public final class SuggestThemesCommand {
    private SuggestThemesCommand() {}

    public static void main(String[] args) {
        try {
            System.out.println(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static String run(String[] args) {
        Path file = null;
        String textColumn = "text";
        String groupColumn = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--text-column" -> textColumn = value(args, ++i, "--text-column");
                case "--group-column" -> groupColumn = value(args, ++i, "--group-column");
                default -> {
                    if (file != null || args[i].startsWith("--")) throw new IllegalArgumentException(usage("Unexpected '" + args[i] + "'."));
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) throw new IllegalArgumentException(usage("Name the CSV file to read."));
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("There is no file " + file + ".");

        Map<String, List<Integer>> rowsByGroup = new LinkedHashMap<>();
        Map<String, List<String>> textsByGroup = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> columns = csv.getHeaderNames();
            for (String column : groupColumn == null ? List.of(textColumn) : List.of(textColumn, groupColumn)) {
                if (!columns.contains(column)) {
                    throw new IllegalArgumentException("The file has no column '" + column + "'. Its columns are: " + String.join(", ", columns) + ".");
                }
            }
            int row = 0;
            for (CSVRecord record : csv) {
                row++;
                String text = record.get(textColumn).strip();
                if (text.isEmpty()) continue;
                String group = groupColumn == null ? "" : record.get(groupColumn);
                rowsByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
                textsByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(text);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("Could not read " + file + " as CSV: " + e.getMessage());
        }

        List<Map<String, Object>> themes = new ArrayList<>();
        List<Map<String, Object>> unsorted = new ArrayList<>();
        for (var group : textsByGroup.entrySet()) {
            List<Integer> rows = rowsByGroup.get(group.getKey());
            ThemeSuggestions.Result result = ThemeSuggestions.suggest(group.getValue());
            for (ThemeSuggestions.Suggestion s : result.suggestions()) {
                Map<String, Object> theme = new LinkedHashMap<>();
                if (groupColumn != null) theme.put("group", group.getKey());
                theme.put("title", s.title());
                theme.put("middleRow", rows.get(s.middle()));
                theme.put("rows", s.members().stream().map(rows::get).sorted().toList());
                themes.add(theme);
            }
            if (!result.unsorted().isEmpty() || !result.welsh().isEmpty()) {
                Map<String, Object> left = new LinkedHashMap<>();
                if (groupColumn != null) left.put("group", group.getKey());
                left.put("unsortedRows", result.unsorted().stream().map(rows::get).sorted().toList());
                left.put("welshRows", result.welsh().stream().map(rows::get).sorted().toList());
                unsorted.add(left);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("themes", themes);
        out.put("unsorted", unsorted);
        return Json.write(out);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(usage(option + " needs a column name."));
        return args[i];
    }

    private static String usage(String problem) {
        return problem + "\nUsage: scripts/suggest-themes FILE.csv [--text-column NAME] [--group-column NAME]";
    }
}
