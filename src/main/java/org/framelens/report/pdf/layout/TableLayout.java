package org.framelens.report.pdf.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table set for a given width: column widths, and every cell broken into lines. Placing it draws the header
 * with a light grey band and black rules, thin grey rules between rows, and repeats the header at the top of
 * each further page the table runs onto. A row is never split across pages.
 */
public final class TableLayout {

    private static final float PAD_X = 4f;
    private static final float PAD_Y = 3.5f;
    private static final float HEADER_GREY = 0.88f;
    private static final float ROW_RULE_GREY = 0.6f;

    private final float width;
    private final List<Float> columnWidths;
    private final List<ParagraphLayout> header;
    private final List<List<ParagraphLayout>> rows;

    private TableLayout(float width, List<Float> columnWidths, List<ParagraphLayout> header,
                        List<List<ParagraphLayout>> rows) {
        this.width = width;
        this.columnWidths = List.copyOf(columnWidths);
        this.header = List.copyOf(header);
        this.rows = rows.stream().map(List::copyOf).toList();
    }

    /** Sets the table for the given width, sharing it among columns by weight. */
    public static TableLayout of(Table table, Typesetter typesetter, float width) throws IOException {
        float totalWeight = 0f;
        for (TableColumn column : table.columns()) {
            totalWeight += column.weight();
        }
        List<Float> widths = new ArrayList<>();
        for (TableColumn column : table.columns()) {
            widths.add(width * column.weight() / totalWeight);
        }
        List<String> headerTexts = table.columns().stream().map(TableColumn::header).toList();
        List<ParagraphLayout> header = cells(table, headerTexts, table.headerStyle(), widths, typesetter);
        List<List<ParagraphLayout>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(cells(table, row, table.cellStyle(), widths, typesetter));
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
            List<ParagraphLayout> row = rows.get(i);
            float height = rowHeight(row);
            if (flow.remaining() < height) {
                closeTable(flow);
                flow.newPage();
                placeHeader(flow);
            }
            if (i > 0) {
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

    /** Draws a row's cells, top-aligned, or bottom-aligned for the header so labels sit on the figures. */
    private void placeRow(PageFlow flow, List<ParagraphLayout> cells, float height, boolean bottomAligned)
            throws IOException {
        float top = flow.cursor();
        float x = left(flow);
        for (int c = 0; c < cells.size(); c++) {
            ParagraphLayout cell = cells.get(c);
            float drop = bottomAligned ? height - 2 * PAD_Y - cell.linesHeight() : 0f;
            float lineTop = top - PAD_Y - drop;
            for (TextLine line : cell.lines()) {
                float lineX = x + PAD_X + cell.align().offset(cell.width(), line.width());
                flow.drawLine(line, lineX, lineTop - line.baselineDrop());
                lineTop -= line.leading();
            }
            x += columnWidths.get(c);
        }
        flow.advance(height);
    }

    private static float left(PageFlow flow) {
        return flow.frame().left();
    }

    private static float rowHeight(List<ParagraphLayout> cells) {
        float tallest = 0f;
        for (ParagraphLayout cell : cells) {
            tallest = Math.max(tallest, cell.linesHeight());
        }
        return tallest + 2 * PAD_Y;
    }

    private static List<ParagraphLayout> cells(Table table, List<String> texts, TextStyle style, List<Float> widths,
                                               Typesetter typesetter) throws IOException {
        List<ParagraphLayout> cells = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            Paragraph paragraph = new Paragraph(List.of(new Span(texts.get(c), style)),
                    table.columns().get(c).align(), 0f, 0f, 0f);
            cells.add(typesetter.layout(paragraph, widths.get(c) - 2 * PAD_X));
        }
        return cells;
    }
}
