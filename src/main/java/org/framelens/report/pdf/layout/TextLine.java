package org.framelens.report.pdf.layout;

import java.util.List;

/**
 * One printed line: runs in visual (left-to-right drawing) order.
 *
 * @param runs the runs, trailing spaces removed
 * @param width the width of the ink in points
 * @param size the largest font size on the line
 * @param leading the line's height: the largest leading on it
 */
public record TextLine(List<StyledRun> runs, float width, float size, float leading) {

    public TextLine {
        runs = List.copyOf(runs);
    }

    /** Distance from the top of the line box down to the baseline, centring the glyphs in the box. */
    public float baselineDrop() {
        return (leading + 0.6f * size) / 2f;
    }

    /** The line's text in drawing order, as a reader copying it would get it. */
    public String text() {
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.text()));
        return all.toString();
    }
}
