package org.framelens.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Annotator;
import org.framelens.annotate.LanguageModels;
import org.framelens.article.Article;
import org.framelens.article.RawDocument;
import org.framelens.clean.PageCleaner;
import org.framelens.compare.Comparison;
import org.framelens.compare.StoryComparer;
import org.framelens.measure.CueFinder;
import org.framelens.measure.OutletMeasurer;
import org.framelens.measure.OutletProfile;
import org.framelens.report.OutputFile;
import org.framelens.report.json.JsonReportWriter;
import org.framelens.report.pdf.PdfReportWriter;
import org.framelens.report.pdf.PdfWriteSummary;
import org.framelens.report.pdf.ReportEdition;
import org.framelens.source.InputReader;
import org.framelens.source.ReadResult;

/**
 * One run of the pipeline: read the files, clean, annotate and measure each article, compare them, and
 * write the PDF and JSON reports, each whole or not at all.
 */
public final class ReportRun {

    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final String version;
    private final Consumer<String> problems;
    private final Consumer<String> progress;

    /**
     * @param version framelens's version, recorded in the reports
     * @param problems receives one line per file that could not be used (always shown)
     * @param progress receives what the run is doing (hidden by --quiet)
     */
    public ReportRun(String version, Consumer<String> problems, Consumer<String> progress) {
        this.version = version;
        this.problems = problems;
        this.progress = progress;
    }

    /** Runs the pipeline with these settings and says how it ended. */
    public RunOutcome run(RunSettings settings) {
        String clash = outputClash(settings);
        if (clash != null) {
            problems.accept(clash);
            return RunOutcome.NOTHING_WRITTEN;
        }
        ReadResult read = new InputReader().read(settings.inputs());
        List<String> lines = new ArrayList<>(read.problems());
        read.problems().forEach(problems);
        List<RawDocument> usable = read.documents();
        if (usable.isEmpty()) {
            problems.accept("framelens: no usable article in " + String.join(", ", settings.inputs())
                    + "; no report written");
            return RunOutcome.NOTHING_WRITTEN;
        }
        progress.accept("Analysing " + usable.size() + (usable.size() == 1 ? " article" : " articles") + " ...");
        List<OutletProfile> profiles = analyse(usable, lines);
        if (profiles.isEmpty()) {
            problems.accept("framelens: none of the files holds article text; no report written");
            return RunOutcome.NOTHING_WRITTEN;
        }
        profiles = OutletNames.distinct(profiles, progress);
        Comparison comparison = new StoryComparer().compare(version, settings.reportDate(), settings.subjectTerms(),
                profiles, lines);
        try {
            ByteArrayOutputStream pdfBuffer = new ByteArrayOutputStream();
            PdfWriteSummary summary = new PdfReportWriter(settings.paper()).writeWithSummary(comparison, pdfBuffer);
            byte[] pdf = pdfBuffer.toByteArray();
            byte[] json = render(out -> new JsonReportWriter().write(comparison, out));
            byte[] handout = settings.handout() == null ? null
                    : render(out -> new PdfReportWriter(settings.paper(), ReportEdition.HANDOUT).write(comparison, out));
            OutputFile.write(settings.pdf(), out -> out.write(pdf));
            OutputFile.write(settings.json(), out -> out.write(json));
            if (handout != null) {
                OutputFile.write(settings.handout(), out -> out.write(handout));
            }
            if (summary.replacedCharacters() > 0) {
                problems.accept(unprintable(settings.pdf(), summary.replacedCharacters()));
            }
        } catch (IOException e) {
            problems.accept("framelens: could not write the report (" + e.getMessage() + ")");
            return RunOutcome.NOTHING_WRITTEN;
        }
        progress.accept("Wrote " + inWords(outputs(settings).stream().map(Path::toString).toList()));
        return allUsed(lines, profiles) ? RunOutcome.ALL_USED : RunOutcome.SOME_SKIPPED;
    }

    /** Cleans, annotates and measures each document, several at once; adds a line for each with no text. */
    private List<OutletProfile> analyse(List<RawDocument> documents, List<String> lines) {
        PageCleaner cleaner = new PageCleaner();
        Annotator annotator = new Annotator(LanguageModels.load());
        OutletMeasurer measurer = new OutletMeasurer(new CueFinder());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<OutletProfile>> futures = new ArrayList<>();
            for (RawDocument document : documents) {
                futures.add(pool.submit(() -> {
                    Article article = cleaner.clean(document);
                    AnnotatedArticle annotated = annotator.annotate(article);
                    return annotated.sentences().isEmpty() ? null : measurer.measure(annotated);
                }));
            }
            List<OutletProfile> profiles = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                OutletProfile profile = futures.get(i).get();
                if (profile == null) {
                    String line = documents.get(i).file() + ": no article text left after removing page furniture; skipped";
                    problems.accept(line);
                    lines.add(line);
                } else {
                    profiles.add(profile);
                }
            }
            return profiles;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing the articles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Renders one output in memory, so that neither file is replaced unless both could be made. */
    private static byte[] render(OutputFile.Content content) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        content.writeTo(buffer);
        return buffer.toByteArray();
    }

    /** Whether every problem line is only a warning about a file that was still used. */
    private static boolean allUsed(List<String> lines, List<OutletProfile> profiles) {
        return lines.stream().allMatch(line -> profiles.stream().anyMatch(p -> line.startsWith(p.article().file() + ": ")));
    }

    /** The line telling the user how many characters the PDF shows as a box because no font has them. */
    private static String unprintable(Path pdf, int count) {
        return pdf + ": " + count + (count == 1 ? " character" : " characters") + " that no bundled font can print"
                + " (emoji, for example) " + (count == 1 ? "appears" : "appear") + " as \u25A1; the JSON report keeps"
                + " the text as written";
    }

    /** A list as a sentence says it: "a and b", "a, b and c". */
    private static String inWords(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }

    /** The files a run writes: the PDF, the JSON and, when asked for, the handout. */
    private static List<Path> outputs(RunSettings settings) {
        return settings.handout() == null ? List.of(settings.pdf(), settings.json())
                : List.of(settings.pdf(), settings.json(), settings.handout());
    }

    /** A one-line refusal when an output would overwrite an input or another output, else null. */
    private static String outputClash(RunSettings settings) {
        List<Path> outputs = outputs(settings);
        for (int i = 0; i < outputs.size(); i++) {
            for (int j = i + 1; j < outputs.size(); j++) {
                if (absolute(outputs.get(i)).equals(absolute(outputs.get(j)))) {
                    return "framelens: two of the reports would both be written to " + outputs.get(i);
                }
            }
        }
        for (String input : settings.inputs()) {
            Path in = absolute(Path.of(input));
            if (!Files.isDirectory(in) && outputs.stream().map(ReportRun::absolute).anyMatch(in::equals)) {
                return "framelens: " + input + " is an input file; choose another place for the report";
            }
        }
        return null;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
