package org.framelens.report.pdf.layout;

import java.util.List;

/**
 * A table to print: columns, rows of cell texts, and the styles of header and body.
 *
 * @param columns the columns, left to right
 * @param rows the body rows; each has one text per column
 * @param headerStyle style of the header row, repeated at the top of each page the table spans
 * @param cellStyle style of body cells
 */
public record Table(List<TableColumn> columns, List<List<String>> rows, TextStyle headerStyle, TextStyle cellStyle) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a table row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** The same table as one of styled cells: every cell its text in the cell style, with no drawing. */
    public StyledTable styled() {
        List<List<TableCell>> cells = rows.stream()
                .map(row -> row.stream().map(text -> TableCell.text(text, cellStyle)).toList())
                .toList();
        return new StyledTable(columns, cells, headerStyle);
    }
}
