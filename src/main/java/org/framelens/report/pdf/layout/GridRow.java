package org.framelens.report.pdf.layout;

import java.util.List;

/**
 * One row of a {@link MarkGrid}: a label and one cell per column, or a group heading across the whole grid
 * (no cells) that introduces the rows below it, e.g. "People".
 *
 * @param label the row's label, laid out for the label column (or for the whole grid, for a group heading)
 * @param cells one cell per column; empty for a group heading
 */
public record GridRow(ParagraphLayout label, List<GridCell> cells) {

    public GridRow {
        cells = List.copyOf(cells);
    }

    /** A row of cells under its label. */
    public static GridRow of(ParagraphLayout label, List<GridCell> cells) {
        return new GridRow(label, cells);
    }

    /** A heading across the grid that groups the rows after it. */
    public static GridRow group(ParagraphLayout heading) {
        return new GridRow(heading, List.of());
    }

    /** Whether this row is a group heading. */
    public boolean isGroup() {
        return cells.isEmpty();
    }
}
