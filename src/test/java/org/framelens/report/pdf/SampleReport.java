package org.framelens.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.framelens.article.Removal;
import org.framelens.compare.Comparison;
import org.framelens.testing.Examples;

/**
 * Writes sample reports to look at by eye: the five examples, hand-made outlets, a twenty-outlet stress case
 * and a text in several scripts. Not a test; nothing here is asserted. Run its main with the classpath from
 * {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}, then
 * render the pages with pdftoppm.
 */
public final class SampleReport {

    private SampleReport() {
    }

    /**
     * Writes examples.pdf (the five articles of input/ through the real pipeline), report.pdf, report-a4.pdf,
     * many.pdf and scripts.pdf into the folder given (default /tmp/pdf-sample).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/pdf-sample");
        Files.createDirectories(dir);
        write(dir.resolve("examples.pdf"), Examples.comparison(ComparisonFixture.REPORT_DATE), PaperSize.LETTER);
        write(dir.resolve("report.pdf"), ComparisonFixture.fiveOutlets(), PaperSize.LETTER);
        write(dir.resolve("report-a4.pdf"), ComparisonFixture.fiveOutlets(), PaperSize.A4);
        write(dir.resolve("many.pdf"), many(), PaperSize.LETTER);
        write(dir.resolve("scripts.pdf"), scripts(), PaperSize.A4);
    }

    private static void write(Path file, Comparison comparison, PaperSize paper) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriteSummary summary = new PdfReportWriter(paper).writeWithSummary(comparison, out);
            System.out.println(file + ": " + summary);
        }
    }

    private static Comparison many() {
        ComparisonFixture fixture = ComparisonFixture.create();
        for (int i = 1; i <= 20; i++) {
            String name = i % 3 == 0 ? "Outlet " + i : "The Extraordinarily Long-Named Regional Broadcasting "
                    + "Corporation of the Northern Provinces, Evening Edition Number " + i;
            fixture.outlet(name, "Leaders meet again as talks on a ceasefire drag on through another week " + i,
                    i % 4 == 0 ? null : LocalDate.of(2025, 11, i), i % 2 == 0,
                    ComparisonFixture.metrics(500 + i * 37, 20 + i, i * 1.37, i / 2.0, i, i / 4.0, i / 100.0),
                    List.of("Leaders meet again"), List.of(new Removal("navigation",
                            "Home | World | Europe | Ukraine ".repeat(i))),
                    List.of(ComparisonFixture.said("Spokesperson " + i, "“Talks {may} resume,” the spokesperson "
                                    + "said, adding that a deal was <clearly> within reach."),
                            ComparisonFixture.own("Nobody {could} say when.")));
        }
        return fixture.problem("input/notes.docx: not a text, HTML or PDF file, so it was skipped").build();
    }

    /** Outlets and removed text in Greek, Cyrillic, Chinese, Arabic, emoji and a control character. */
    static Comparison scripts() {
        return ComparisonFixture.create()
                .outlet("Καθημερινή", "Зеленский meets 習近平 (talks) in الرياض", LocalDate.of(2025, 11, 28), false,
                        ComparisonFixture.metrics(300, 12, 3.3, 0.0, 3.3, 0.0, 0.5),
                        new Removal("reader comment", "زيلينسكي said 🙂\u0007 ok; سلام عليكم (peace) 123"),
                        new Removal("a word too wide for any line",
                                "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft"
                                        .repeat(3)))
                .build();
    }
}
