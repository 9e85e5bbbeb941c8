package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.framelens.compare.Comparison;
import org.framelens.report.pdf.layout.ArabicShaper;
import org.framelens.report.pdf.layout.Bookmarks;
import org.framelens.report.pdf.layout.DocumentFonts;
import org.framelens.report.pdf.layout.FontCatalog;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.PageFrame;
import org.framelens.report.pdf.layout.Typesetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportContextTest {

    /** A text area 300 points high: a section needs 100 points left to start on the same page. */
    private static final PageFrame FRAME = new PageFrame(new PDRectangle(300f, 400f), 50f, 0f);

    private final PDDocument document = new PDDocument();
    private final PageFlow flow = new PageFlow(document, FRAME);
    private final ReportContext context = new ReportContext(
            new Comparison("0.1.0", ComparisonFixture.REPORT_DATE, List.of(), List.of(), List.of()), ReportEdition.FULL, flow,
            new Typesetter(new DocumentFonts(document, FontCatalog.standard()), ArabicShaper.standard()),
            new Bookmarks(document), ReportStyles.standard(), ReportText.standard());

    @AfterEach
    void close() throws IOException {
        flow.close();
        document.close();
    }

    @ParameterizedTest(name = "{0} points used")
    @CsvSource({
        // used, pages, cursor below the top of the text area
        "190, 1, 220",   // 110 left: the section starts 30 points below what is there
        "200, 1, 230",   // exactly a third left
        "210, 2, 0",     // 90 left: a new page, where the gap above the section is dropped
    })
    void startsASectionOnTheSamePageOnlyWhenAThirdOfItIsLeft(float used, int pages, float below)
            throws IOException {
        flow.advance(used);

        context.startSection();

        assertThat(flow.pages()).hasSize(pages);
        assertThat(flow.cursor()).isEqualTo(FRAME.top() - below);
    }
}
