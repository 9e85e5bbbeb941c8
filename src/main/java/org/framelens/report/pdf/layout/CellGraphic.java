package org.framelens.report.pdf.layout;

import java.io.IOException;

/**
 * A small drawing set under the text of a table cell, such as an inline bar, so a figure and its picture share
 * one cell and one row.
 */
public interface CellGraphic {

    /** No drawing: the cell holds text only. */
    CellGraphic NONE = new CellGraphic() {
        @Override
        public float height() {
            return 0f;
        }

        @Override
        public void draw(PageFlow flow, float left, float top, float width) {
            // nothing to draw
        }
    };

    /** The height the drawing needs below the cell's text, including the gap above it. */
    float height();

    /** Draws into the cell's inner box, whose top-left corner is at ({@code left}, {@code top}). */
    void draw(PageFlow flow, float left, float top, float width) throws IOException;
}
