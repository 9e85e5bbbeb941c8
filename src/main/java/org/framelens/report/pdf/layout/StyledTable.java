package org.framelens.report.pdf.layout;

import java.util.List;

/**
 * A table whose body cells may mix text styles and carry a small drawing under their text, such as a figure
 * in bold with an inline bar; a plain {@link Table} is the special case of one style and no drawings.
 *
 * @param columns the columns, left to right: header text, share of the width, alignment
 * @param rows the body rows; each has one cell per column
 * @param headerStyle style of the header row, repeated at the top of each page the table spans
 */
public record StyledTable(List<TableColumn> columns, List<List<TableCell>> rows, TextStyle headerStyle) {

    public StyledTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<TableCell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a table row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }
}
