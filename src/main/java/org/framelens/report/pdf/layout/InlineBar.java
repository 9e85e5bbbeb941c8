package org.framelens.report.pdf.layout;

import java.io.IOException;

/**
 * A small bar under a figure in a table cell, drawn in dark grey over a light grey track that spans the cell,
 * so the length reads against the whole scale even in black and white. A bar either grows from the left edge
 * (a share of the column's largest figure) or from a centre line, to the left for negative values and to the
 * right for positive ones (a score from −1 to +1).
 *
 * @param value from 0 to 1 for a bar from the left, from −1 to +1 for a bar from the centre; clamped
 * @param centred whether the bar grows from a centre line
 */
public record InlineBar(double value, boolean centred) implements CellGraphic {

    private static final float GAP_ABOVE = 2.5f;
    private static final float THICKNESS = 4.5f;
    private static final float TRACK_GREY = 0.88f;
    private static final float BAR_GREY = 0.2f;
    private static final float CENTRE_OVERHANG = 1.8f;
    private static final float CENTRE_LINE = 0.8f;
    /** A value too small to show as a bar still gets a sliver, so "a little" never looks like "none". */
    private static final float SLIVER = 0.8f;

    public InlineBar {
        if (!Double.isFinite(value)) {
            value = 0d;
        }
        value = Math.max(centred ? -1d : 0d, Math.min(1d, value));
    }

    /** A bar from the left edge, {@code share} of the cell's width long (0 to 1). */
    public static InlineBar fromLeft(double share) {
        return new InlineBar(share, false);
    }

    /** A bar from the centre line, {@code signed} of the half-width long, leftwards when negative (−1 to +1). */
    public static InlineBar fromCentre(double signed) {
        return new InlineBar(signed, true);
    }

    @Override
    public float height() {
        return GAP_ABOVE + THICKNESS + (centred ? CENTRE_OVERHANG : 0f);
    }

    @Override
    public void draw(PageFlow flow, float left, float top, float width) throws IOException {
        float barTop = top - GAP_ABOVE - (centred ? CENTRE_OVERHANG / 2f : 0f);
        flow.fill(left, barTop, width, THICKNESS, TRACK_GREY);
        if (centred) {
            float centre = left + width / 2f;
            float length = (float) (Math.abs(value) * width / 2f);
            if (value != 0) {
                float shown = Math.max(length, SLIVER);
                flow.fill(value < 0 ? centre - shown : centre, barTop, shown, THICKNESS, BAR_GREY);
            }
            flow.tick(centre, barTop - THICKNESS - CENTRE_OVERHANG / 2f, barTop + CENTRE_OVERHANG / 2f,
                    CENTRE_LINE, 0f);
        } else if (value > 0) {
            flow.fill(left, barTop, Math.max((float) (value * width), SLIVER), THICKNESS, BAR_GREY);
        }
    }
}
