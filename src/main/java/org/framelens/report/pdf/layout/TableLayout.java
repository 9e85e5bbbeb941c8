package org.framelens.report.pdf.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table set for a given width: column widths, and every cell broken into lines. Placing it draws the header
 * with a light grey band and black rules, thin grey rules between rows, and repeats the header at the top of
 * each further page the table runs onto. A row is never split across pages. A cell's drawing (an inline bar,
 * say) sits under its text.
 */
public final class TableLayout {

    private static final float PAD_X = 4f;
    private static final float PAD_Y = 3.5f;
    private static final float HEADER_GREY = 0.88f;
    private static final float ROW_RULE_GREY = 0.6f;

    private final float width;
    private final List<Float> columnWidths;
    private final List<CellLayout> header;
    private final List<List<CellLayout>> rows;

    private TableLayout(float width, List<Float> columnWidths, List<CellLayout> header, List<List<CellLayout>> rows) {
        this.width = width;
        this.columnWidths = List.copyOf(columnWidths);
        this.header = List.copyOf(header);
        this.rows = rows.stream().map(List::copyOf).toList();
    }

    /** Sets the table for the given width, sharing it among columns by weight. */
    public static TableLayout of(Table table, Typesetter typesetter, float width) throws IOException {
        return of(table.styled(), typesetter, width);
    }

    /** Sets a table of styled cells for the given width, sharing it among columns by weight. */
    public static TableLayout of(StyledTable table, Typesetter typesetter, float width) throws IOException {
        float totalWeight = 0f;
        for (TableColumn column : table.columns()) {
            totalWeight += column.weight();
        }
        List<Float> widths = new ArrayList<>();
        for (TableColumn column : table.columns()) {
            widths.add(width * column.weight() / totalWeight);
        }
        List<TableCell> headerCells = table.columns().stream()
                .map(column -> TableCell.text(column.header(), table.headerStyle())).toList();
        List<CellLayout> header = cells(table, headerCells, widths, typesetter);
        List<List<CellLayout>> rows = new ArrayList<>();
        for (List<TableCell> row : table.rows()) {
            rows.add(cells(table, row, widths, typesetter));
        }
        return new TableLayout(width, widths, header, rows);
    }

    /** Height of the header and the first row: the least that must fit before the table starts. */
    public float openingHeight() {
        return rowHeight(header) + (rows.isEmpty() ? 0f : rowHeight(rows.get(0)));
    }

    /** Draws the table at the cursor, flowing across pages. */
    public void place(PageFlow flow) throws IOException {
        flow.keepTogether(openingHeight());
        placeHeader(flow);
        for (int i = 0; i < rows.size(); i++) {
            List<CellLayout> row = rows.get(i);
            float height = rowHeight(row);
            if (flow.remaining() < height) {
                closeTable(flow);
                flow.newPage();
                placeHeader(flow);
            } else if (i > 0) {
                flow.rule(left(flow), left(flow) + width, flow.cursor(), 0.4f, ROW_RULE_GREY);
            }
            placeRow(flow, row, height, false);
        }
        closeTable(flow);
    }

    private void placeHeader(PageFlow flow) throws IOException {
        float height = rowHeight(header);
        float top = flow.cursor();
        flow.fill(left(flow), top, width, height, HEADER_GREY);
        flow.rule(left(flow), left(flow) + width, top, 0.9f, 0f);
        placeRow(flow, header, height, true);
        flow.rule(left(flow), left(flow) + width, flow.cursor(), 0.6f, 0f);
    }

    private void closeTable(PageFlow flow) throws IOException {
        flow.rule(left(flow), left(flow) + width, flow.cursor(), 0.9f, 0f);
    }

    /**
     * Draws a row's cells, top-aligned, each drawing under its cell's text; or bottom-aligned for the header so
     * labels sit on the figures.
     */
    private void placeRow(PageFlow flow, List<CellLayout> cells, float height, boolean bottomAligned)
            throws IOException {
        float top = flow.cursor();
        float x = left(flow);
        for (int c = 0; c < cells.size(); c++) {
            CellLayout cell = cells.get(c);
            ParagraphLayout text = cell.text();
            float drop = bottomAligned ? height - 2 * PAD_Y - cell.height() : 0f;
            float lineTop = top - PAD_Y - drop;
            for (TextLine line : text.lines()) {
                float lineX = x + PAD_X + text.align().offset(text.width(), line.width());
                flow.drawLine(line, lineX, lineTop - line.baselineDrop());
                lineTop -= line.leading();
            }
            cell.graphic().draw(flow, x + PAD_X, lineTop, text.width());
            x += columnWidths.get(c);
        }
        flow.advance(height);
    }

    private static float left(PageFlow flow) {
        return flow.frame().left();
    }

    private static float rowHeight(List<CellLayout> cells) {
        float tallest = 0f;
        for (CellLayout cell : cells) {
            tallest = Math.max(tallest, cell.height());
        }
        return tallest + 2 * PAD_Y;
    }

    private static List<CellLayout> cells(StyledTable table, List<TableCell> row, List<Float> widths,
                                          Typesetter typesetter) throws IOException {
        List<CellLayout> cells = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            TableCell cell = row.get(c);
            Paragraph paragraph = new Paragraph(cell.spans(), table.columns().get(c).align(), 0f, 0f, 0f);
            cells.add(new CellLayout(typesetter.layout(paragraph, widths.get(c) - 2 * PAD_X), cell.graphic()));
        }
        return cells;
    }

    /** A cell's text broken into lines, and the drawing under it. */
    private record CellLayout(ParagraphLayout text, CellGraphic graphic) {

        float height() {
            return text.linesHeight() + graphic.height();
        }
    }
}
