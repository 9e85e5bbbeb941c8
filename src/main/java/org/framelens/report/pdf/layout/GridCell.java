package org.framelens.report.pdf.layout;

/**
 * One cell of a {@link MarkGrid}: a short figure or mark, centred, with optional cues that repeat what the
 * text says (a grey background, a box, a bar), so the grid reads in black and white.
 *
 * @param text the figure or mark, set on one line; null for an empty cell
 * @param shade grey of the cell's background from 0 (black) to 1 (none)
 * @param boxed whether a black box is drawn round the cell, e.g. to mark a row's largest figure
 * @param bar length of a bar drawn under the text, 0 to 1 of the bar's outlined track; negative for no bar
 */
public record GridCell(TextLine text, float shade, boolean boxed, float bar) {

    /** No background. */
    public static final float NO_SHADE = 1f;
    /** No bar. */
    public static final float NO_BAR = -1f;
    /** A cell with nothing in it. */
    public static final GridCell EMPTY = new GridCell(null, NO_SHADE, false, NO_BAR);

    public GridCell {
        if (shade < 0 || shade > 1) {
            throw new IllegalArgumentException("a cell's shade must lie between 0 (black) and 1 (white)");
        }
        if (bar > 1) {
            throw new IllegalArgumentException("a bar cannot be longer than its track");
        }
    }

    /** A cell holding only a line of text. */
    public static GridCell of(TextLine text) {
        return new GridCell(text, NO_SHADE, false, NO_BAR);
    }

    /** This cell on a grey background. */
    public GridCell shaded(float grey) {
        return new GridCell(text, grey, boxed, bar);
    }

    /** This cell with a box drawn round it. */
    public GridCell withBox() {
        return new GridCell(text, shade, true, bar);
    }

    /** This cell with a bar of the given length, 0 to 1 of its track, under its text. */
    public GridCell withBar(float length) {
        return new GridCell(text, shade, boxed, Math.max(0f, length));
    }

    /** Whether a bar is drawn. */
    public boolean hasBar() {
        return bar >= 0;
    }
}
