package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.framelens.compare.Comparison;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The short handout of the five examples: the pages a class works from, and nothing else. */
class HandoutTest {

    private static Comparison examples;
    private static byte[] handout;

    @BeforeAll
    static void writeTheHandout() throws IOException {
        examples = Examples.comparison(ComparisonFixture.REPORT_DATE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter(PaperSize.LETTER, ReportEdition.HANDOUT).write(examples, out);
        handout = out.toByteArray();
    }

    @Test
    void fiveOutletsFitOnTwoToFourPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(handout)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 4);
        }
    }

    @Test
    void holdsTheFindingsProspectsAndQuestionsButNotThePassages() throws IOException {
        String text = text();
        assertThat(text).contains("framelens handout", "What stands out", "Prospects: pessimistic or optimistic",
                "The strongest sentences either way", "For the classroom", "About this handout");
        assertThat(text).doesNotContain("What was removed before analysis", "The evidence, outlet by outlet");
        assertThat(RenderedReport.flat(text)).doesNotContain("later in this report")
                .contains("The sentences behind every figure are printed in the full report, written beside this "
                        + "handout");
    }

    @Test
    void namesEveryOutletWithItsProspectScore() throws IOException {
        String text = text();
        FigureFormat figures = new FigureFormat(ReportText.standard());
        examples.outlets().forEach(profile -> assertThat(text)
                .contains(profile.article().outlet())
                .contains(figures.score(profile.prospect().score())));
    }

    @Test
    void saysWhereTheFullReportIs() throws IOException {
        assertThat(RenderedReport.flat(text())).contains("The full report, written beside this handout, prints every "
                + "sentence behind each figure.");
    }

    @Test
    void everyPageFooterCallsItAHandout() throws IOException {
        try (PDDocument document = Loader.loadPDF(handout)) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("framelens handout · 3 Dec 2025", page + " / " + pages);
            }
        }
    }

    private static String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(handout)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
