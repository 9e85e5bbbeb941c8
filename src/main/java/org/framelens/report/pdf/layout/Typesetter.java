package org.framelens.report.pdf.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets text for one document: cleans it, shapes Arabic, picks a font per character and breaks it into lines.
 * It also counts the characters no font could print, so the caller can tell the user; lay each piece of text
 * out once and place that layout, or the count will include it twice.
 */
public final class Typesetter {

    private final DocumentFonts fonts;
    private final ArabicShaper shaper;
    private int replaced;

    /** A typesetter using the document's fonts and the Arabic shaper. */
    public Typesetter(DocumentFonts fonts, ArabicShaper shaper) {
        this.fonts = fonts;
        this.shaper = shaper;
    }

    /** The paragraph broken into lines for a column of the given width (its indent is taken off that). */
    public ParagraphLayout layout(Paragraph paragraph, float width) throws IOException {
        float lineWidth = width - paragraph.indent();
        List<TextLine> lines = LineBreaker.lines(compose(paragraph.spans()), lineWidth);
        return new ParagraphLayout(lines, paragraph.align(), paragraph.indent(), lineWidth,
                paragraph.spaceBefore(), paragraph.spaceAfter());
    }

    /** A single line of text, not broken however long it is (for footers and other fixed labels). */
    public TextLine line(String text, TextStyle style) throws IOException {
        List<TextLine> lines = LineBreaker.lines(compose(List.of(new Span(text, style))), Float.MAX_VALUE);
        return lines.isEmpty() ? new TextLine(List.of(), 0f, style.size(), style.leading()) : lines.get(0);
    }

    /** How many characters, counted per code point, were printed as a substitute so far in this document. */
    public int replacedCharacters() {
        return replaced;
    }

    private ComposedText compose(List<Span> spans) throws IOException {
        List<String> cleaned = new ArrayList<>();
        for (Span span : spans) {
            cleaned.add(PrintableText.clean(span.text()));
        }
        trimEnds(cleaned);
        List<StyledRun> runs = new ArrayList<>();
        int replacedHere = 0;
        for (int i = 0; i < spans.size(); i++) {
            TextStyle style = spans.get(i).style();
            FontChain chain = fonts.chain(style.face());
            FontedText fonted = chain.runs(shaper.shape(cleaned.get(i), chain::canPrint));
            for (FontRun run : fonted.runs()) {
                runs.add(new StyledRun(run.text(), run.font(), style));
            }
            replacedHere += fonted.replaced();
        }
        replaced += replacedHere;
        return new ComposedText(runs, replacedHere);
    }

    /** Removes spaces before the first and after the last visible character of the whole paragraph. */
    private static void trimEnds(List<String> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            String stripped = pieces.get(i).stripLeading();
            pieces.set(i, stripped);
            if (!stripped.isEmpty()) {
                break;
            }
        }
        for (int i = pieces.size() - 1; i >= 0; i--) {
            String stripped = pieces.get(i).stripTrailing();
            pieces.set(i, stripped);
            if (!stripped.isEmpty()) {
                break;
            }
        }
    }
}
