package org.framelens.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFlowTest {

    private static final TextStyle BODY = TextStyle.of(FontFace.SANS, 10f, 20f);
    /** A page whose text area holds exactly ten 20-point lines. */
    private static final PageFrame FRAME = new PageFrame(new PDRectangle(300f, 300f), 50f, 0f);

    private final PDDocument document = new PDDocument();
    private final Typesetter typesetter =
            new Typesetter(new DocumentFonts(document, FontCatalog.standard()), ArabicShaper.standard());
    private final PageFlow flow = new PageFlow(document, FRAME);

    @AfterEach
    void close() throws IOException {
        flow.close();
        document.close();
    }

    @Test
    void continuesAParagraphOnANewPageWhenThePageIsFull() throws IOException {
        flow.place(lines(25));

        assertThat(flow.pages()).hasSize(3);
        assertThat(flow.cursor()).isEqualTo(FRAME.top() - 5 * 20f);
    }

    @Test
    void neverLeavesAParagraphsLastLineAloneAtTheTopOfAPage() throws IOException {
        flow.place(lines(11));

        assertThat(flow.pages()).hasSize(2);
        assertThat(flow.cursor()).as("two lines carried over, not one").isEqualTo(FRAME.top() - 2 * 20f);
    }

    @Test
    void neverLeavesAParagraphsFirstLineAloneAtTheBottomOfAPage() throws IOException {
        flow.place(lines(9));
        flow.place(lines(4));

        assertThat(flow.pages()).hasSize(2);
        assertThat(flow.cursor()).isEqualTo(FRAME.top() - 4 * 20f);
    }

    @Test
    void keepsABlockTogetherOnTheNextPageWhenItDoesNotFit() throws IOException {
        flow.place(lines(6));
        flow.keepTogether(5 * 20f);

        assertThat(flow.pages()).hasSize(2);
        assertThat(flow.cursor()).isEqualTo(FRAME.top());
    }

    @Test
    void dropsAGapAtTheTopOfAPage() throws IOException {
        flow.gap(30f);
        flow.place(lines(1));

        assertThat(flow.cursor()).isEqualTo(FRAME.top() - 20f);
    }

    @Test
    void doesNotStartAnEmptyPageTwice() throws IOException {
        flow.newPage();
        flow.newPage();

        assertThat(flow.pages()).hasSize(1);
    }

    @Test
    void printsTheContinuationHeadingAtTheTopOfEachPageItStarts() throws IOException {
        flow.place(lines(5));
        flow.continueWith(() -> typesetter.layout(Paragraph.of("Clash Report (continued)", BODY, 0f, 0f), 200f));

        flow.place(lines(20));

        // Five more lines on the first page, nine under the heading on the second, six under it on the third.
        assertThat(flow.pages()).hasSize(3);
        assertThat(flow.cursor()).isEqualTo(FRAME.top() - 20f - 6 * 20f);
        flow.close();
        assertThat(pageText(1)).doesNotContain("continued");
        assertThat(pageText(2)).startsWith("Clash Report (continued)\nword\n");
        assertThat(pageText(3)).startsWith("Clash Report (continued)\nword\n");
    }

    @Test
    void aPageHoldingOnlyTheContinuationHeadingStillCountsAsEmpty() throws IOException {
        flow.place(lines(10));
        flow.continueWith(() -> typesetter.layout(Paragraph.of("Clash Report (continued)", BODY, 0f, 0f), 200f));

        flow.newPage();
        flow.newPage();
        flow.gap(30f);

        assertThat(flow.pages()).hasSize(2);
        assertThat(flow.cursor()).as("gap at the top dropped").isEqualTo(FRAME.top() - 20f);
    }

    @Test
    void stopsRepeatingTheHeadingOnceCleared() throws IOException {
        flow.continueWith(() -> typesetter.layout(Paragraph.of("Clash Report (continued)", BODY, 0f, 0f), 200f));
        flow.continueWith(null);

        flow.place(lines(12));

        assertThat(flow.cursor()).isEqualTo(FRAME.top() - 2 * 20f);
    }

    private String pageText(int page) throws IOException {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** A paragraph of exactly {@code count} lines: one short word per line in a narrow column. */
    private ParagraphLayout lines(int count) throws IOException {
        String words = "word ".repeat(count).strip();
        ParagraphLayout layout = typesetter.layout(Paragraph.of(words, BODY, 0f, 0f), 30f);
        assertThat(layout.lines()).hasSize(count);
        return layout;
    }
}
