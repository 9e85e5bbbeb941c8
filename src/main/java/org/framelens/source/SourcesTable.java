package org.framelens.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;

/**
 * A folder's {@code sources.csv}: a row per article file giving its outlet, title, date, address and author,
 * for users who would rather keep metadata in a spreadsheet than in each file's header.
 */
final class SourcesTable {

    /** The table's file name; matched without regard to case. */
    static final String FILE_NAME = "sources.csv";

    /** A folder without a table. */
    static final SourcesTable NONE = new SourcesTable("", Map.of(), List.of());

    private static final String COLUMNS = Stream.of(MetadataField.values())
            .map(MetadataField::key).collect(Collectors.joining(", ", "file, ", ""));

    private final String shownPath;
    private final Map<String, ArticleMetadata> rows;
    private final List<InputProblem> problems;

    private SourcesTable(String shownPath, Map<String, ArticleMetadata> rows, List<InputProblem> problems) {
        this.shownPath = shownPath;
        this.rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        this.problems = List.copyOf(problems);
    }

    /** Whether a file of this name is a sources table rather than an article. */
    static boolean isTableName(String fileName) {
        return fileName.equalsIgnoreCase(FILE_NAME);
    }

    /** The table file in this folder, whatever the case of its name, if there is one. */
    static Optional<Path> find(Path folder) {
        Path exact = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(exact)) {
            return Optional.of(exact);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> isTableName(p.getFileName().toString()))
                    .filter(Files::isRegularFile).sorted().findFirst();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the table; never fails. A table that cannot be used at all yields no rows and one problem; rows it
     * can use come with problems for the values it could not (an unreadable date, an unknown column).
     */
    static SourcesTable load(Path csv, String shownPath) {
        try {
            String text = TextDecoder.decodeLeniently(Files.readAllBytes(csv));
            return parse(text, shownPath);
        } catch (IOException e) {
            return unusable(shownPath, "cannot be read");
        }
    }

    /** The table in {@code text}, read as {@link #load} does; {@code shownPath} names it in problems. */
    static SourcesTable parse(String text, String shownPath) {
        if (text.isBlank()) {
            return new SourcesTable(shownPath, Map.of(), List.of(new InputProblem(shownPath, "the table is empty")));
        }
        char separator = separatorOf(text);
        CsvRecords records;
        try {
            records = CsvRecords.parse(text, separator);
        } catch (CsvFormatException e) {
            return unusable(shownPath, e.getMessage());
        }
        List<CsvRecords.Row> nonBlank = records.records().stream().filter(r -> !r.isBlank()).toList();
        List<InputProblem> problems = new ArrayList<>();
        List<String> header = nonBlank.get(0).fields();
        int fileColumn = -1;
        Map<MetadataField, Integer> columns = new EnumMap<>(MetadataField.class);
        for (int c = 0; c < header.size(); c++) {
            String name = BlockText.normalise(header.get(c)).toLowerCase(Locale.ROOT);
            Optional<MetadataField> field = MetadataField.named(name);
            if (name.equals("file")) {
                if (fileColumn >= 0) {
                    return unusable(shownPath, "the column \"file\" appears twice");
                }
                fileColumn = c;
            } else if (field.isPresent()) {
                if (columns.containsKey(field.get())) {
                    return unusable(shownPath, "the column \"" + name + "\" appears twice");
                }
                columns.put(field.get(), c);
            } else if (!name.isEmpty()) {
                problems.add(new InputProblem(shownPath, "column \"" + name + "\" is not one of "
                        + COLUMNS + "; ignored"));
            }
        }
        if (fileColumn < 0) {
            return unusable(shownPath, "the first row must name the columns (" + COLUMNS
                    + ") and include \"file\"");
        }
        Map<String, ArticleMetadata> rows = new LinkedHashMap<>();
        for (CsvRecords.Row row : nonBlank.subList(1, nonBlank.size())) {
            List<String> fields = row.fields();
            if (fields.size() > header.size()) {
                return unusable(shownPath, "line " + row.line() + " has " + fields.size()
                        + " fields but the first row names " + header.size()
                        + " columns (put a value containing " + describe(separator) + " in double quotes)");
            }
            String file = BlockText.normalise(cell(fields, fileColumn));
            if (file.isEmpty()) {
                return unusable(shownPath, "line " + row.line() + " has no file name");
            }
            if (rows.containsKey(file)) {
                problems.add(new InputProblem(shownPath, "\"" + file + "\" has more than one row; the first is used"));
                continue;
            }
            MetadataValues values = new MetadataValues();
            columns.forEach((field, column) -> values.put(field, cell(fields, column)));
            values.complaints().forEach(c -> problems.add(
                    new InputProblem(shownPath, "row for \"" + file + "\": " + c)));
            rows.put(file, values.metadata());
        }
        return new SourcesTable(shownPath, rows, problems);
    }

    /** The metadata the table gives for the file of this name, or nothing known when it has no row for it. */
    ArticleMetadata metadataFor(String fileName) {
        return rows.getOrDefault(fileName, ArticleMetadata.NONE);
    }

    /** Problems met while reading the table; a table with problems may still have usable rows. */
    List<InputProblem> problems() {
        return problems;
    }

    /** A problem for each row naming a file that is not among {@code fileNames}, in table order. */
    List<InputProblem> rowsWithoutFile(Collection<String> fileNames) {
        List<InputProblem> missing = new ArrayList<>();
        rows.keySet().stream().filter(name -> !fileNames.contains(name)).forEach(name -> missing.add(
                new InputProblem(shownPath, "row for \"" + name + "\" names no file in the folder")));
        return missing;
    }

    private static SourcesTable unusable(String shownPath, String reason) {
        return new SourcesTable(shownPath, Map.of(),
                List.of(new InputProblem(shownPath, reason + "; the table is ignored")));
    }

    private static char separatorOf(String text) {
        String firstLine = TextLines.split(text.strip()).get(0);
        return firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
    }

    private static String cell(List<String> fields, int column) {
        return column < fields.size() ? fields.get(column) : "";
    }

    private static String describe(char separator) {
        return separator == ',' ? "a comma" : "a semicolon";
    }
}
