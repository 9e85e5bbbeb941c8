package org.framelens.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LinePainterTest {

    private static final TextStyle BODY = TextStyle.of(FontFace.SERIF, 11f, 15f);
    private static final float X = 100f;
    private static final float BASELINE = 200f;

    private final PDDocument document = new PDDocument();
    private final Typesetter typesetter =
            new Typesetter(new DocumentFonts(document, FontCatalog.standard()), ArabicShaper.standard());
    private final PageFlow flow = new PageFlow(document, new PageFrame(new PDRectangle(400f, 400f), 20f, 0f));

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void drawsAThinRuleUnderAnUnderlinedRunOnly() throws IOException {
        paint(new Span("Kyiv ", BODY), new Span("may", BODY.underlined()), new Span(" act", BODY));

        // Liberation Serif at 11 pt: "Kyiv " is 722+500+278+500+250 = 2,250 units, 24.75 pt;
        // "may" is 778+444+500 = 1,722 units, 18.942 pt. The rule lies 0.11 x 11 pt below the baseline.
        assertThat(rules()).singleElement().satisfies(rule -> {
            assertThat(rule[0]).isCloseTo(X + 24.75f, within(0.01f));
            assertThat(rule[1]).isCloseTo(X + 24.75f + 18.942f, within(0.01f));
            assertThat(rule[2]).isCloseTo(BASELINE - 1.21f, within(0.01f));
            assertThat(rule[3]).as("thickness").isCloseTo(0.605f, within(0.01f));
        });
    }

    @Test
    void drawsOneRuleUnderNeighbouringUnderlinedRunsOfDifferentFaces() throws IOException {
        paint(new Span("Kyiv ", BODY), new Span("may", BODY.withFace(FontFace.SERIF_BOLD).underlined()),
                new Span("be", BODY.withFace(FontFace.SERIF_ITALIC).underlined()));

        // Bold "may" is 833+500+500 = 1,833 units (20.163 pt), italic "be" 500+444 = 944 units (10.384 pt).
        assertThat(rules()).singleElement().satisfies(rule -> {
            assertThat(rule[0]).isCloseTo(X + 24.75f, within(0.01f));
            assertThat(rule[1]).isCloseTo(X + 24.75f + 20.163f + 10.384f, within(0.01f));
        });
    }

    @Test
    void drawsNoRuleForTextThatIsNotUnderlined() throws IOException {
        paint(new Span("Kyiv ", BODY), new Span("may", BODY.withFace(FontFace.SERIF_BOLD)));

        assertThat(rules()).isEmpty();
    }

    @Test
    void underlinedTextStillExtractsAsPlainText() throws IOException {
        paint(new Span("Talks ", BODY), new Span("may", BODY.withFace(FontFace.SERIF_BOLD).underlined()),
                new Span(" resume “", BODY), new Span("very", BODY.withFace(FontFace.SERIF_ITALIC)),
                new Span(" soon", BODY.withFace(FontFace.SERIF_BOLD_ITALIC).underlined()), new Span("”.", BODY));

        assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo("Talks may resume “very soon”.");
    }

    private void paint(Span... spans) throws IOException {
        Paragraph paragraph = new Paragraph(List.of(spans), Align.LEFT, 0f, 0f, 0f);
        TextLine line = typesetter.layout(paragraph, 300f).lines().get(0);
        flow.drawLine(line, X, BASELINE);
        flow.close();
    }

    /** Stroked horizontal rules on the page as {x1, x2, y, line width}. */
    private List<float[]> rules() throws IOException {
        List<Object> tokens = new PDFStreamParser(document.getPage(0)).parse();
        List<float[]> rules = new ArrayList<>();
        float width = 1f;
        float[] from = null;
        float[] to = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op) {
                switch (op.getName()) {
                    case "w" -> width = number(tokens, i - 1);
                    case "m" -> from = new float[] {number(tokens, i - 2), number(tokens, i - 1)};
                    case "l" -> to = new float[] {number(tokens, i - 2), number(tokens, i - 1)};
                    case "S" -> {
                        assertThat(to[1]).as("horizontal").isEqualTo(from[1]);
                        rules.add(new float[] {from[0], to[0], from[1], width});
                    }
                    default -> { }
                }
            }
        }
        return rules;
    }

    private static float number(List<Object> tokens, int index) {
        return ((COSNumber) tokens.get(index)).floatValue();
    }
}
