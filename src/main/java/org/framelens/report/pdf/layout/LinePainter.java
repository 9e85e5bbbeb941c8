package org.framelens.report.pdf.layout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Draws a set line of text into a page's content stream as real, selectable text. */
final class LinePainter {

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
    }
}
