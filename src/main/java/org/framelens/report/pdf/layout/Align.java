package org.framelens.report.pdf.layout;

/** Horizontal placement of a line within its column. */
public enum Align {
    LEFT, CENTER, RIGHT;

    /** How far from the column's left edge a line of the given width starts. */
    public float offset(float columnWidth, float lineWidth) {
        return switch (this) {
            case LEFT -> 0f;
            case CENTER -> Math.max(0f, (columnWidth - lineWidth) / 2f);
            case RIGHT -> Math.max(0f, columnWidth - lineWidth);
        };
    }
}
