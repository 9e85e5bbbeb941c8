package org.framelens.report.pdf.layout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a set line of text into a page's content stream as real, selectable text, and a thin rule under each
 * stretch of underlined runs (drawn outside the text object, so text extraction sees only the words).
 */
final class LinePainter {

    /** Distance of the underline below the baseline, as a share of the font size (about the fonts' own). */
    static final float UNDERLINE_DROP = 0.11f;
    /** Thickness of the underline as a share of the font size. */
    static final float UNDERLINE_WEIGHT = 0.055f;

    private LinePainter() {
    }

    /** Draws the line with its left end at {@code x} and its baseline at {@code baseline}, then resets to black. */
    static void paint(PDPageContentStream canvas, TextLine line, float x, float baseline) throws IOException {
        if (line.runs().isEmpty()) {
            return;
        }
        canvas.beginText();
        canvas.newLineAtOffset(x, baseline);
        PDFont font = null;
        float size = -1f;
        float grey = 0f;
        for (StyledRun run : line.runs()) {
            if (run.font() != font || run.style().size() != size) {
                font = run.font();
                size = run.style().size();
                canvas.setFont(font, size);
            }
            if (run.style().grey() != grey) {
                grey = run.style().grey();
                canvas.setNonStrokingColor(grey);
            }
            canvas.showText(run.text());
        }
        canvas.endText();
        if (grey != 0f) {
            canvas.setNonStrokingColor(0f);
        }
        underline(canvas, line, x, baseline);
    }

    /** Rules under the underlined runs; neighbouring underlined runs of one size and ink share one rule. */
    private static void underline(PDPageContentStream canvas, TextLine line, float x, float baseline)
            throws IOException {
        float runX = x;
        float start = Float.NaN;
        TextStyle open = null;
        for (StyledRun run : line.runs()) {
            TextStyle style = run.style();
            boolean continues = open != null && style.underline()
                    && style.size() == open.size() && style.grey() == open.grey();
            if (open != null && !continues) {
                rule(canvas, start, runX, baseline, open);
                open = null;
            }
            if (style.underline() && open == null) {
                open = style;
                start = runX;
            }
            runX += run.width();
        }
        if (open != null) {
            rule(canvas, start, runX, baseline, open);
        }
    }

    private static void rule(PDPageContentStream canvas, float from, float to, float baseline, TextStyle style)
            throws IOException {
        if (to <= from) {
            return;
        }
        float y = baseline - UNDERLINE_DROP * style.size();
        canvas.setStrokingColor(style.grey());
        canvas.setLineWidth(UNDERLINE_WEIGHT * style.size());
        canvas.moveTo(from, y);
        canvas.lineTo(to, y);
        canvas.stroke();
        if (style.grey() != 0f) {
            canvas.setStrokingColor(0f);
        }
    }
}
