package org.framelens.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.framelens.article.RawDocument;

/**
 * Reads the files under the paths the user gave into raw documents, collecting a problem line for each file it
 * cannot use. A folder contributes its own files (not those in its subfolders), in file-name order, leaving out
 * hidden files and its {@code sources.csv}, whose rows supply metadata for the folder's files.
 */
public final class InputReader {

    private static final Comparator<Path> BY_NAME = Comparator
            .comparing((Path p) -> p.getFileName().toString().toLowerCase(Locale.ROOT))
            .thenComparing(p -> p.getFileName().toString());

    private final Map<FileFormat, FormatReader> readers;

    /** A reader for every supported format, with the page furniture rules shipped with framelens. */
    public InputReader() {
        this.readers = Map.of(
                FileFormat.TEXT, TextFileReader.plain(),
                FileFormat.MARKDOWN, TextFileReader.markdown(),
                FileFormat.HTML, new HtmlFileReader(PageFurniture.standard()),
                FileFormat.PDF, new PdfFileReader());
    }

    /**
     * Reads every usable file under {@code paths} (exactly as the user typed them); never throws for a bad file,
     * but adds a line {@code <path>: <problem>} for it and goes on with the others. A file named twice is read once.
     */
    public ReadResult read(List<String> paths) {
        Reading reading = new Reading();
        for (String given : paths) {
            reading.readGiven(given);
        }
        return new ReadResult(reading.documents, reading.problems);
    }

    /** The state of one call to {@link #read}: what has been read so far and what went wrong. */
    private final class Reading {

        private final List<RawDocument> documents = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<Path, SourcesTable> tables = new HashMap<>();
        private final Set<Path> seenFiles = new HashSet<>();
        private final Set<Path> seenFolders = new HashSet<>();

        /** Reads one path as the user typed it: a file, a folder of files, or a problem line. */
        void readGiven(String given) {
            String shown = given.replace(File.separatorChar, '/');
            Path path;
            try {
                path = Path.of(given);
            } catch (InvalidPathException e) {
                problem(shown, "not a valid file or folder name");
                return;
            }
            if (given.isBlank()) {
                problem(shown, "no such file or folder");
            } else if (Files.isDirectory(path)) {
                readFolder(path, shown);
            } else if (Files.isRegularFile(path)) {
                readFileGiven(path, shown);
            } else if (Files.exists(path)) {
                problem(shown, "not a regular file or folder");
            } else {
                problem(shown, "no such file or folder");
            }
        }

        private void readFolder(Path folder, String shown) {
            if (!seenFolders.add(key(folder))) {
                return;
            }
            String prefix = shown.endsWith("/") ? shown.replaceAll("/+$", "") + "/" : shown + "/";
            List<Path> files;
            boolean hasSubfolders;
            try (Stream<Path> entries = Files.list(folder)) {
                List<Path> all = entries.sorted(BY_NAME).toList();
                files = all.stream().filter(Files::isRegularFile).toList();
                hasSubfolders = all.stream().anyMatch(Files::isDirectory);
            } catch (IOException | SecurityException e) {
                problem(shown, "the folder cannot be read");
                return;
            }
            SourcesTable table = tableOf(folder, prefix);
            List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
            table.rowsWithoutFile(names).forEach(this::problem);
            List<Path> articles = files.stream()
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !SourcesTable.isTableName(p.getFileName().toString()))
                    .toList();
            if (articles.isEmpty()) {
                problem(shown, hasSubfolders
                        ? "the folder has no files to read (framelens does not look inside subfolders)"
                        : "the folder has no files to read");
            }
            for (Path file : articles) {
                readFile(new SourceFile(prefix + file.getFileName(), file), table);
            }
        }

        private void readFileGiven(Path file, String shown) {
            Path folder = key(file).getParent();
            String prefix = shown.contains("/") ? shown.substring(0, shown.lastIndexOf('/') + 1) : "";
            SourcesTable table = folder == null ? SourcesTable.NONE : tableOf(folder, prefix);
            if (SourcesTable.isTableName(file.getFileName().toString())) {
                return;
            }
            readFile(new SourceFile(shown, file), table);
        }

        private void readFile(SourceFile file, SourcesTable table) {
            if (!seenFiles.add(key(file.path()))) {
                return;
            }
            Optional<FileFormat> format = FileFormat.of(file.fileName());
            if (format.isEmpty()) {
                problem(file.shownPath(), FileFormat.UNSUPPORTED);
                return;
            }
            try {
                FileContent content = readers.get(format.get()).read(file);
                content.warnings().forEach(this::problem);
                ArticleMetadata metadata = content.declared()
                        .orElse(table.metadataFor(file.fileName()))
                        .orElse(content.found());
                documents.add(new RawDocument(file.shownPath(), metadata, content.blocks(), content.removed()));
            } catch (InputProblem e) {
                problem(e);
            } catch (RuntimeException | StackOverflowError e) {
                problem(file.shownPath(), "cannot be read (framelens met something in it that it does not handle)");
            }
        }

        /** The folder's sources table, read on first use; its problems are reported that once. */
        private SourcesTable tableOf(Path folder, String prefix) {
            Path folderKey = key(folder);
            SourcesTable known = tables.get(folderKey);
            if (known != null) {
                return known;
            }
            SourcesTable table = SourcesTable.find(folder)
                    .map(csv -> SourcesTable.load(csv, prefix + csv.getFileName()))
                    .orElse(SourcesTable.NONE);
            table.problems().forEach(this::problem);
            tables.put(folderKey, table);
            return table;
        }

        private void problem(InputProblem problem) {
            problems.add(problem.getMessage());
        }

        private void problem(String shown, String problem) {
            problem(new InputProblem(shown, problem));
        }
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
