package org.framelens.report.pdf.layout;

/** The typefaces the report is set in; each maps to a chain of font files listed in {@code fonts.txt}. */
public enum FontFace {
    SERIF("serif"),
    SERIF_BOLD("serif-bold"),
    SERIF_ITALIC("serif-italic"),
    SERIF_BOLD_ITALIC("serif-bold-italic"),
    SANS("sans"),
    SANS_BOLD("sans-bold");

    private final String key;

    FontFace(String key) {
        this.key = key;
    }

    /** The name of this face in {@code fonts.txt}. */
    public String key() {
        return key;
    }
}
