package org.framelens.report.pdf.layout;

import java.io.IOException;
import java.util.List;

/**
 * A grid of marks and short figures: a label column on the left, then equal columns, one cell per column in
 * every row, each cell centred and optionally shaded, boxed or given a bar. Rows may be grouped under headings
 * that run across the grid. Like a table, it draws its header on a light grey band, never splits a row,
 * repeats the header on each further page, and never leaves a group heading alone at the foot of a page.
 */
public final class MarkGrid {

    private static final float PAD_X = 3f;
    private static final float PAD_Y = 3f;
    private static final float HEADER_GREY = 0.88f;
    private static final float ROW_RULE_GREY = 0.6f;
    private static final float COLUMN_RULE_GREY = 0.75f;
    private static final float BAR_GAP = 2f;
    private static final float BAR_HEIGHT = 4.5f;
    private static final float BAR_PAD = 4f;
    private static final float BAR_GREY = 0.2f;
    private static final float TRACK_GREY = 0.35f;
    private static final float BOX_LINE = 1.2f;
    private static final float GROUP_SPACE = 4f;

    private final float labelWidth;
    private final float columnWidth;
    private final ParagraphLayout labelHeader;
    private final List<ParagraphLayout> columnHeaders;
    private final List<GridRow> rows;

    /**
     * A grid ready to place.
     *
     * @param labelWidth width of the label column, padding included
     * @param columnWidth width of each further column, padding included
     * @param labelHeader the header over the label column (may have no lines)
     * @param columnHeaders one header per column, laid out for {@link #innerWidth(float)} of the column
     * @param rows the rows, each with one cell per column, or group headings
     */
    public MarkGrid(float labelWidth, float columnWidth, ParagraphLayout labelHeader,
                    List<ParagraphLayout> columnHeaders, List<GridRow> rows) {
        if (columnHeaders.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one column");
        }
        for (GridRow row : rows) {
            if (!row.isGroup() && row.cells().size() != columnHeaders.size()) {
                throw new IllegalArgumentException("a grid row has " + row.cells().size() + " cells for "
                        + columnHeaders.size() + " columns");
            }
        }
        this.labelWidth = labelWidth;
        this.columnWidth = columnWidth;
        this.labelHeader = labelHeader;
        this.columnHeaders = List.copyOf(columnHeaders);
        this.rows = List.copyOf(rows);
    }

    /** The width text in a column of the given width may take, padding excluded. */
    public static float innerWidth(float width) {
        return width - 2 * PAD_X;
    }

    /** The room a column's padding takes, left and right together. */
    public static float columnPadding() {
        return 2 * PAD_X;
    }

    /** The height of the header and the first row: the least that must fit before the grid starts. */
    public float openingHeight() {
        float height = headerHeight();
        for (GridRow row : rows) {
            height += height(row);
            if (!row.isGroup()) {
                break;
            }
        }
        return height;
    }

    /** The height of the whole grid on one page: header and every row. */
    public float height() {
        float height = headerHeight();
        for (GridRow row : rows) {
            height += height(row);
        }
        return height;
    }

    /** The whole width of the grid. */
    public float width() {
        return labelWidth + columnWidth * columnHeaders.size();
    }

    /** Draws the grid at the cursor, flowing across pages. */
    public void place(PageFlow flow) throws IOException {
        flow.keepTogether(openingHeight());
        placeHeader(flow);
        boolean first = true;
        for (int i = 0; i < rows.size(); i++) {
            GridRow row = rows.get(i);
            float needed = height(row);
            if (row.isGroup() && i + 1 < rows.size()) {
                needed += height(rows.get(i + 1));
            }
            if (flow.remaining() < needed) {
                closeGrid(flow);
                flow.newPage();
                placeHeader(flow);
                first = true;
            }
            if (!first) {
                flow.rule(left(flow), left(flow) + width(), flow.cursor(), 0.4f, ROW_RULE_GREY);
            }
            if (row.isGroup()) {
                placeGroup(flow, row);
            } else {
                placeRow(flow, row);
            }
            first = false;
        }
        closeGrid(flow);
    }

    private void placeHeader(PageFlow flow) throws IOException {
        float height = headerHeight();
        float top = flow.cursor();
        float x = left(flow);
        flow.fill(x, top, width(), height, HEADER_GREY);
        flow.rule(x, x + width(), top, 0.9f, 0f);
        placeBottomAligned(flow, labelHeader, x, top, height);
        for (int c = 0; c < columnHeaders.size(); c++) {
            placeBottomAligned(flow, columnHeaders.get(c), columnLeft(flow, c), top, height);
        }
        flow.advance(height);
        flow.rule(x, x + width(), flow.cursor(), 0.6f, 0f);
    }

    private void placeGroup(PageFlow flow, GridRow row) throws IOException {
        float top = flow.cursor();
        placeLines(flow, row.label(), left(flow) + PAD_X, top - GROUP_SPACE - PAD_Y);
        flow.advance(height(row));
    }

    private void placeRow(PageFlow flow, GridRow row) throws IOException {
        float height = height(row);
        float top = flow.cursor();
        for (int c = 0; c < row.cells().size(); c++) {
            GridCell cell = row.cells().get(c);
            if (cell.shade() < GridCell.NO_SHADE) {
                flow.fill(columnLeft(flow, c), top, columnWidth, height, cell.shade());
            }
        }
        for (int c = 0; c < row.cells().size(); c++) {
            flow.tick(columnLeft(flow, c), top - height, top, 0.3f, COLUMN_RULE_GREY);
        }
        placeLines(flow, row.label(), left(flow) + PAD_X, top - PAD_Y);
        for (int c = 0; c < row.cells().size(); c++) {
            placeCell(flow, row.cells().get(c), columnLeft(flow, c), top, height);
        }
        flow.advance(height);
    }

    /** A cell's text centred near the top, its bar below, and its box round the whole cell. */
    private void placeCell(PageFlow flow, GridCell cell, float x, float top, float height) throws IOException {
        float lineTop = top - PAD_Y;
        if (cell.text() != null) {
            TextLine line = cell.text();
            flow.drawLine(line, x + Align.CENTER.offset(columnWidth, line.width()), lineTop - line.baselineDrop());
            lineTop -= line.leading();
        }
        if (cell.hasBar()) {
            float trackLeft = x + BAR_PAD;
            float track = columnWidth - 2 * BAR_PAD;
            float barTop = lineTop - BAR_GAP;
            if (cell.bar() > 0) {
                flow.fill(trackLeft, barTop, track * cell.bar(), BAR_HEIGHT, BAR_GREY);
            }
            flow.outline(trackLeft, barTop, track, BAR_HEIGHT, 0.5f, TRACK_GREY);
        }
        if (cell.boxed()) {
            float inset = BOX_LINE;
            flow.outline(x + inset, top - inset, columnWidth - 2 * inset, height - 2 * inset, BOX_LINE, 0f);
        }
    }

    private static void placeBottomAligned(PageFlow flow, ParagraphLayout cell, float x, float top, float height)
            throws IOException {
        placeLines(flow, cell, x + PAD_X, top - height + PAD_Y + cell.linesHeight());
    }

    /** Draws a laid-out paragraph's lines from {@code lineTop} down, aligned within its width. */
    private static void placeLines(PageFlow flow, ParagraphLayout paragraph, float x, float lineTop)
            throws IOException {
        float y = lineTop;
        for (TextLine line : paragraph.lines()) {
            float lineX = x + paragraph.indent() + paragraph.align().offset(paragraph.width(), line.width());
            flow.drawLine(line, lineX, y - line.baselineDrop());
            y -= line.leading();
        }
    }

    private void closeGrid(PageFlow flow) throws IOException {
        flow.rule(left(flow), left(flow) + width(), flow.cursor(), 0.9f, 0f);
    }

    private float headerHeight() {
        float tallest = labelHeader.linesHeight();
        for (ParagraphLayout header : columnHeaders) {
            tallest = Math.max(tallest, header.linesHeight());
        }
        return tallest + 2 * PAD_Y;
    }

    private float height(GridRow row) {
        if (row.isGroup()) {
            return row.label().linesHeight() + GROUP_SPACE + 2 * PAD_Y;
        }
        float tallest = row.label().linesHeight();
        for (GridCell cell : row.cells()) {
            float cellHeight = cell.text() == null ? 0f : cell.text().leading();
            if (cell.hasBar()) {
                cellHeight += BAR_GAP + BAR_HEIGHT + PAD_Y;
            }
            tallest = Math.max(tallest, cellHeight);
        }
        return tallest + 2 * PAD_Y;
    }

    private float columnLeft(PageFlow flow, int column) {
        return left(flow) + labelWidth + column * columnWidth;
    }

    private static float left(PageFlow flow) {
        return flow.frame().left();
    }
}
