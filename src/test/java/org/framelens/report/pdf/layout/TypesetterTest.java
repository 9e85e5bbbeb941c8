package org.framelens.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TypesetterTest {

    private static final TextStyle BODY = TextStyle.of(FontFace.SERIF, 11f, 15f);
    private static final String TEXT = "Despite weeks of frantic diplomacy and pressure from Washington, the signs "
            + "emerging ahead of U.S. envoy Steve Witkoff’s trip to Moscow this week look bleak.";

    private final PDDocument document = new PDDocument();
    private final Typesetter typesetter =
            new Typesetter(new DocumentFonts(document, FontCatalog.standard()), ArabicShaper.standard());

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void breaksBetweenWordsSoNoLineIsWiderThanTheColumn() throws IOException {
        ParagraphLayout layout = typesetter.layout(Paragraph.of(TEXT, BODY, 0f, 0f), 150f);

        assertThat(layout.lines()).hasSizeGreaterThan(3)
                .allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(150f));
        assertThat(String.join(" ", layout.lines().stream().map(TextLine::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void measuredWidthMatchesTheFontsAdvanceWidths() throws IOException {
        TextLine line = typesetter.line("Kyiv", BODY);

        // Liberation Serif advance widths: K 722, y 500, i 278, v 500 units per 1,000 at 11 pt.
        assertThat(line.width()).isCloseTo((722 + 500 + 278 + 500) / 1000f * 11f, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void breaksAWordWiderThanTheColumnBetweenCharacters() throws IOException {
        String word = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";

        ParagraphLayout layout = typesetter.layout(Paragraph.of("Das " + word, BODY, 0f, 0f), 100f);

        assertThat(layout.lines()).hasSizeGreaterThan(3)
                .allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(100f));
        assertThat(layout.lines().get(0).text()).isEqualTo("Das");
        assertThat(String.join("", layout.lines().stream().skip(1).map(TextLine::text).toList())).isEqualTo(word);
    }

    @Test
    void picksForEachScriptTheFirstFontThatHasIt() throws IOException {
        TextLine line = typesetter.line("Зеленский and زيلينسكي", BODY);

        List<String> fonts = line.runs().stream().map(r -> r.text().strip() + "=" + r.font().getName()).toList();
        assertThat(fonts).anySatisfy(f -> assertThat(f).startsWith("Зеленский").contains("LiberationSerif"));
        assertThat(fonts).anySatisfy(f -> assertThat(f).contains("DejaVuSans"));
        assertThat(typesetter.replacedCharacters()).isZero();
    }

    @Test
    void substitutesAndCountsEveryCharacterNoFontHas() throws IOException {
        TextLine line = typesetter.line("習近平 🙂 ok\u0007 🙂", BODY);
        typesetter.line("one more 習 and 🙂", BODY);

        assertThat(line.text()).isEqualTo("習近平 □ ok □");
        assertThat(line.runs().get(0).font().getName()).contains("NotoSansSC");
        assertThat(typesetter.replacedCharacters()).isEqualTo(3);
    }

    @Test
    void keepsStylesApartWithinOneLine() throws IOException {
        Paragraph paragraph = new Paragraph(List.of(new Span("Headline: ", BODY.withFace(FontFace.SERIF_BOLD)),
                new Span("Peace talks", BODY)), Align.LEFT, 0f, 0f, 0f);

        TextLine line = typesetter.layout(paragraph, 400f).lines().get(0);

        assertThat(line.runs()).extracting(StyledRun::text).containsExactly("Headline: ", "Peace talks");
        assertThat(line.runs().get(0).font().getName()).contains("LiberationSerif-Bold");
        assertThat(line.runs().get(1).font().getName()).doesNotContain("Bold");
    }

    @Test
    void keepsTextSetWithoutBreaksWholeOnOneLine() throws IOException {
        TextStyle note = TextStyle.of(FontFace.SANS, 8.5f, 13.5f);
        String sentence = "Talks may resume next week in Geneva, officials said. ";
        String label = "— quoted: Jenny Mathers";
        boolean splitWithout = false;
        for (float width = 110f; width <= 320f; width += 5f) {
            List<String> plain = lineTexts(new Paragraph(List.of(new Span(sentence, BODY), new Span(label, note)),
                    Align.LEFT, 0f, 0f, 0f), width);
            splitWithout |= plain.stream().noneMatch(line -> line.contains(label));

            List<String> kept = lineTexts(new Paragraph(List.of(new Span(sentence, BODY),
                    new Span(label, note.withoutBreaks())), Align.LEFT, 0f, 0f, 0f), width);
            assertThat(kept).as("width %s", width).anySatisfy(line -> assertThat(line).endsWith(label));
            assertThat(String.join(" ", kept)).isEqualTo(sentence + label);
        }
        assertThat(splitWithout).as("some width splits the label when it may break").isTrue();
    }

    @Test
    void textWithoutBreaksWiderThanTheColumnStillBreaksBetweenWords() throws IOException {
        String label = "— partly quoted: a Ukrainian President's Office source";
        Paragraph paragraph = new Paragraph(List.of(new Span(label, BODY.withoutBreaks())), Align.LEFT, 0f, 0f, 0f);

        ParagraphLayout layout = typesetter.layout(paragraph, 120f);

        assertThat(layout.lines()).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(120f));
        assertThat(String.join(" ", layout.lines().stream().map(TextLine::text).toList())).isEqualTo(label);
    }

    private List<String> lineTexts(Paragraph paragraph, float width) throws IOException {
        return typesetter.layout(paragraph, width).lines().stream().map(TextLine::text).toList();
    }

    @Test
    void blankTextHasNoLines() throws IOException {
        assertThat(typesetter.layout(Paragraph.of(" \n\t ", BODY, 0f, 0f), 100f).lines()).isEmpty();
    }
}
