package org.framelens.report.pdf.layout;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Places laid-out content down the pages of a document, starting a new page when the cursor reaches the
 * bottom of the text area. It keeps the first two lines of a paragraph together (no orphan) and never leaves
 * a paragraph's last line alone at the top of a page (no widow) when the paragraph is long enough.
 */
public final class PageFlow implements Closeable {

    private static final int ORPHAN_LINES = 2;
    /** Control-point distance, as a share of the radius, that makes four Bézier curves a circle. */
    private static final float CIRCLE_KAPPA = 0.5523f;

    private final PDDocument document;
    private final PageFrame frame;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream canvas;
    private float cursor;
    private boolean pageHasContent;
    private RepeatedHeading continuation;

    /** A flow that adds pages of the given frame to {@code document}. */
    public PageFlow(PDDocument document, PageFrame frame) {
        this.document = document;
        this.frame = frame;
    }

    /** The page geometry. */
    public PageFrame frame() {
        return frame;
    }

    /** The pages made so far, in order. */
    public List<PDPage> pages() {
        return List.copyOf(pages);
    }

    /** Starts a new page, unless the current one is still empty. */
    public void newPage() throws IOException {
        if (canvas != null && !pageHasContent) {
            return;
        }
        closeCanvas();
        PDPage page = new PDPage(frame.mediaBox());
        document.addPage(page);
        pages.add(page);
        canvas = new PDPageContentStream(document, page);
        cursor = frame.top();
        pageHasContent = false;
        if (continuation != null) {
            ParagraphLayout heading = continuation.layout();
            for (TextLine line : heading.lines()) {
                float x = frame.left() + heading.indent() + heading.align().offset(heading.width(), line.width());
                drawLine(line, x, cursor - line.baselineDrop());
                cursor -= line.leading();
            }
            cursor -= heading.spaceAfter();
        }
    }

    /**
     * Sets a heading printed at the top of every page the flow starts from now on, e.g. "Clash Report
     * (continued)", so a reader who turns the page knows whose text goes on; null for none. A page holding
     * only this heading still counts as empty.
     */
    public void continueWith(RepeatedHeading heading) {
        this.continuation = heading;
    }

    /** Where the cursor is now, for a bookmark; starts the first page if there is none yet. */
    public FlowPosition position() throws IOException {
        ensurePage();
        return new FlowPosition(pages.get(pages.size() - 1), cursor);
    }

    /** The height of the cursor on the page, in PDF coordinates (0 at the bottom of the paper). */
    public float cursor() throws IOException {
        ensurePage();
        return cursor;
    }

    /** Room left above the bottom of the text area. */
    public float remaining() throws IOException {
        ensurePage();
        return cursor - frame.bottom();
    }

    /** Starts a new page if less than {@code height} is left, so a block of that height stays together. */
    public void keepTogether(float height) throws IOException {
        ensurePage();
        if (pageHasContent && remaining() < height) {
            newPage();
        }
    }

    /** Leaves a vertical gap; a gap at the top of a page is dropped. */
    public void gap(float height) throws IOException {
        ensurePage();
        if (pageHasContent) {
            cursor -= height;
        }
    }

    /** Moves the cursor down past content drawn directly at the cursor (e.g. a table row). */
    public void advance(float height) throws IOException {
        ensurePage();
        cursor -= height;
        pageHasContent = true;
    }

    /** Places a paragraph at the cursor, flowing onto further pages as needed. */
    public void place(ParagraphLayout paragraph) throws IOException {
        List<TextLine> lines = paragraph.lines();
        if (lines.isEmpty()) {
            return;
        }
        gap(paragraph.spaceBefore());
        keepTogether(paragraph.heightOfFirst(ORPHAN_LINES));
        int next = 0;
        while (next < lines.size()) {
            int fit = linesThatFit(lines, next);
            int left = lines.size() - next;
            if (fit == 0) {
                if (pageHasContent) {
                    newPage();
                    continue;
                }
                fit = 1;
            }
            if (fit < left && left - fit == 1 && fit > ORPHAN_LINES) {
                fit--;
            }
            for (int i = next; i < next + fit; i++) {
                TextLine line = lines.get(i);
                float x = frame.left() + paragraph.indent() + paragraph.align().offset(paragraph.width(), line.width());
                drawLine(line, x, cursor - line.baselineDrop());
                cursor -= line.leading();
                pageHasContent = true;
            }
            next += fit;
            if (next < lines.size()) {
                newPage();
            }
        }
        cursor -= paragraph.spaceAfter();
    }

    /** Draws one line with its left end at {@code x} and its baseline at {@code baseline}. */
    public void drawLine(TextLine line, float x, float baseline) throws IOException {
        ensurePage();
        LinePainter.paint(canvas, line, x, baseline);
    }

    /** Fills a rectangle whose top-left corner is at ({@code x}, {@code top}) with grey ink. */
    public void fill(float x, float top, float width, float height, float grey) throws IOException {
        ensurePage();
        canvas.setNonStrokingColor(grey);
        canvas.addRect(x, top - height, width, height);
        canvas.fill();
        canvas.setNonStrokingColor(0f);
    }

    /** Draws a horizontal rule from {@code x1} to {@code x2} at height {@code y}. */
    public void rule(float x1, float x2, float y, float thickness, float grey) throws IOException {
        line(x1, y, x2, y, thickness, grey);
    }

    /** Fills a circle centred at ({@code cx}, {@code cy}) with grey ink, e.g. a mark on a chart. */
    public void disc(float cx, float cy, float radius, float grey) throws IOException {
        ensurePage();
        float k = CIRCLE_KAPPA * radius;
        canvas.setNonStrokingColor(grey);
        canvas.moveTo(cx + radius, cy);
        canvas.curveTo(cx + radius, cy + k, cx + k, cy + radius, cx, cy + radius);
        canvas.curveTo(cx - k, cy + radius, cx - radius, cy + k, cx - radius, cy);
        canvas.curveTo(cx - radius, cy - k, cx - k, cy - radius, cx, cy - radius);
        canvas.curveTo(cx + k, cy - radius, cx + radius, cy - k, cx + radius, cy);
        canvas.fill();
        canvas.setNonStrokingColor(0f);
    }

    /**
     * Outlines a square centred at ({@code cx}, {@code cy}) with its inside left paper-white, hiding any rule
     * under it, so it reads as hollow, e.g. a mark on a chart.
     */
    public void square(float cx, float cy, float half, float thickness, float grey) throws IOException {
        ensurePage();
        canvas.setNonStrokingColor(1f);
        canvas.setStrokingColor(grey);
        canvas.setLineWidth(thickness);
        canvas.addRect(cx - half, cy - half, 2 * half, 2 * half);
        canvas.fillAndStroke();
        canvas.setNonStrokingColor(0f);
        canvas.setStrokingColor(0f);
    }

    /** Draws a vertical rule at {@code x} from {@code y1} up to {@code y2}, e.g. a tick on a chart's axis. */
    public void tick(float x, float y1, float y2, float thickness, float grey) throws IOException {
        line(x, y1, x, y2, thickness, grey);
    }

    /** Strokes a straight line in grey ink and returns the pen to black. */
    private void line(float x1, float y1, float x2, float y2, float thickness, float grey) throws IOException {
        ensurePage();
        canvas.setStrokingColor(grey);
        canvas.setLineWidth(thickness);
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
        canvas.stroke();
        canvas.setStrokingColor(0f);
    }

    /**
     * Lets a chart draw on the current page with PDFBox's own operations (paths, fills, patterns) when the
     * marks above are not enough; the drawing must leave the pen black and must not move the cursor.
     */
    public void paint(Drawing drawing) throws IOException {
        ensurePage();
        canvas.saveGraphicsState();
        drawing.draw(canvas);
        canvas.restoreGraphicsState();
    }

    /** Draws directly on a page's content stream, e.g. a hatched bar. */
    @FunctionalInterface
    public interface Drawing {
        /** Draws on {@code canvas}. */
        void draw(PDPageContentStream canvas) throws IOException;
    }

    /** Outlines a rectangle whose top-left corner is at ({@code x}, {@code top}), e.g. an empty bar. */
    public void outline(float x, float top, float width, float height, float thickness, float grey)
            throws IOException {
        ensurePage();
        canvas.setStrokingColor(grey);
        canvas.setLineWidth(thickness);
        canvas.addRect(x, top - height, width, height);
        canvas.stroke();
        canvas.setStrokingColor(0f);
    }

    /** Finishes the last page's content; the document can then be stamped with footers and saved. */
    @Override
    public void close() throws IOException {
        closeCanvas();
    }

    private int linesThatFit(List<TextLine> lines, int from) {
        float room = cursor - frame.bottom();
        int fit = 0;
        for (int i = from; i < lines.size() && lines.get(i).leading() <= room + 0.01f; i++) {
            room -= lines.get(i).leading();
            fit++;
        }
        return fit;
    }

    private void ensurePage() throws IOException {
        if (canvas == null) {
            newPage();
        }
    }

    private void closeCanvas() throws IOException {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }
}
