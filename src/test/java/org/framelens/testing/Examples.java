package org.framelens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.article.RawDocument;
import org.framelens.clean.PageCleaner;
import org.framelens.compare.Comparison;
import org.framelens.compare.StoryComparer;
import org.framelens.measure.CueFinder;
import org.framelens.measure.OutletMeasurer;
import org.framelens.measure.OutletProfile;
import org.framelens.source.InputReader;
import org.framelens.source.ReadResult;

/**
 * The five example articles of {@code input/} run through the real pipeline (read, clean, annotate), with the
 * hand labels of {@code src/test/resources/org/framelens/validity/labels/}, shared by tests and evaluations.
 */
public final class Examples {

    /** The example files, by name without extension, in the order of the labels. */
    public static final List<String> NAMES = List.of("clash-report", "kyiv-independent", "opinion-blog",
            "political-news-site", "the-bulwark");

    private static final Path LABELS = Path.of("src/test/resources/org/framelens/validity/labels");

    private Examples() {
    }

    /** A hand label of one sentence. */
    public record Label(int index, String voice, String prospect, List<String> frames, List<String> hedges,
                        List<String> loaded, String text) {
    }

    /** The five examples, annotated, by name. */
    public static Map<String, AnnotatedArticle> annotated() {
        ReadResult read = new InputReader().read(NAMES.stream().map(n -> "input/" + n + ".txt").toList());
        PageCleaner cleaner = new PageCleaner();
        Map<String, AnnotatedArticle> out = new LinkedHashMap<>();
        for (RawDocument document : read.documents()) {
            String name = Path.of(document.file()).getFileName().toString().replace(".txt", "");
            out.put(name, Articles.ANNOTATOR.annotate(cleaner.clean(document)));
        }
        return out;
    }

    /**
     * The five examples compared as a report run compares them (measured, scored, cross-compared), dated
     * {@code date}, so tests of the reports check what a user's report would print.
     */
    public static Comparison comparison(LocalDate date) {
        OutletMeasurer measurer = new OutletMeasurer(new CueFinder());
        List<OutletProfile> profiles = annotated().values().stream().map(measurer::measure).toList();
        return new StoryComparer().compare("test", date, List.of(), profiles, List.of());
    }

    /** The hand labels of one example, in sentence order. */
    public static List<Label> labels(String name) {
        try {
            List<Label> labels = new ArrayList<>();
            List<String> lines = Files.readAllLines(LABELS.resolve(name + ".tsv"), StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.startsWith("#") || line.startsWith("index\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                labels.add(new Label(Integer.parseInt(f[0]), f[1], f[2], split(f[3]), split(f[4]), split(f[5]), f[6]));
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String field) {
        return field.isBlank() ? List.of() : List.of(field.split(";"));
    }
}
