package org.framelens.report.pdf.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page size and the area text may use: equal margins on all sides, with the footer inside the bottom
 * margin's inner edge so that nothing is printed closer to the paper's edge than the margin.
 *
 * @param mediaBox the paper size in points
 * @param margin the margin on every side in points
 * @param footerHeight the band above the bottom margin kept for the footer, in points
 */
public record PageFrame(PDRectangle mediaBox, float margin, float footerHeight) {

    /** Points per millimetre. */
    public static final float POINTS_PER_MM = 72f / 25.4f;

    /** Left edge of the text area. */
    public float left() {
        return margin;
    }

    /** Right edge of the text area. */
    public float right() {
        return mediaBox.getWidth() - margin;
    }

    /** Width of the text area. */
    public float width() {
        return right() - left();
    }

    /** Top edge of the text area. */
    public float top() {
        return mediaBox.getHeight() - margin;
    }

    /** Lowest point body text may reach, above the footer band. */
    public float bottom() {
        return margin + footerHeight;
    }

    /** Height available for body text on a page. */
    public float height() {
        return top() - bottom();
    }

    /** Baseline of the footer line. */
    public float footerBaseline() {
        return margin;
    }
}
