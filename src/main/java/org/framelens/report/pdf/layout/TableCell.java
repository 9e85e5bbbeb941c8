package org.framelens.report.pdf.layout;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a table: text that may mix styles (a bold figure after a mark, say) and, under it, an optional
 * small drawing such as an inline bar.
 *
 * @param spans the cell's text in styled pieces; it wraps within the column
 * @param graphic what is drawn under the text, {@link CellGraphic#NONE} for nothing
 */
public record TableCell(List<Span> spans, CellGraphic graphic) {

    public TableCell {
        spans = List.copyOf(spans);
        Objects.requireNonNull(graphic, "graphic");
    }

    /** A cell of plain text in one style. */
    public static TableCell text(String text, TextStyle style) {
        return new TableCell(List.of(new Span(text, style)), CellGraphic.NONE);
    }

    /** This cell with a drawing under its text. */
    public TableCell with(CellGraphic newGraphic) {
        return new TableCell(spans, newGraphic);
    }
}
