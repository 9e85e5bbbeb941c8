package org.framelens.report.pdf.layout;

/**
 * A column of a table.
 *
 * @param header the header text, which wraps if the column is narrow
 * @param weight the column's share of the table width, relative to the other columns
 * @param align alignment of the header and cells (right for figures)
 */
public record TableColumn(String header, float weight, Align align) {

    public TableColumn {
        if (weight <= 0) {
            throw new IllegalArgumentException("a column's weight must be positive");
        }
    }
}
