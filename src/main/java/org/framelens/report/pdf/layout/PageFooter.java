package org.framelens.report.pdf.layout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Stamps every page with a footer once all pages exist: a label on the left and "n / N" on the right, above
 * a thin grey rule.
 */
public final class PageFooter {

    private final String label;
    private final TextStyle style;

    /** A footer with the given left-hand label, e.g. the report's name and date. */
    public PageFooter(String label, TextStyle style) {
        this.label = label;
        this.style = style;
    }

    /** Adds the footer to each of the pages. */
    public void stamp(PDDocument document, List<PDPage> pages, PageFrame frame, Typesetter typesetter)
            throws IOException {
        TextLine left = typesetter.line(label, style);
        for (int i = 0; i < pages.size(); i++) {
            TextLine number = typesetter.line((i + 1) + " / " + pages.size(), style);
            try (PDPageContentStream canvas = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float baseline = frame.footerBaseline();
                canvas.setStrokingColor(0.6f);
                canvas.setLineWidth(0.4f);
                canvas.moveTo(frame.left(), baseline + style.leading());
                canvas.lineTo(frame.right(), baseline + style.leading());
                canvas.stroke();
                LinePainter.paint(canvas, left, frame.left(), baseline);
                LinePainter.paint(canvas, number, frame.right() - number.width(), baseline);
            }
        }
    }
}
