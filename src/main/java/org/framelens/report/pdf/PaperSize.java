package org.framelens.report.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper the report is printed on; US Letter unless the user asks for A4. */
public enum PaperSize {
    LETTER(PDRectangle.LETTER),
    A4(PDRectangle.A4);

    private final PDRectangle mediaBox;

    PaperSize(PDRectangle mediaBox) {
        this.mediaBox = mediaBox;
    }

    /** The paper size used when none is given. */
    public static PaperSize defaultSize() {
        return LETTER;
    }

    /** The page size in PDF points. */
    public PDRectangle mediaBox() {
        return new PDRectangle(mediaBox.getWidth(), mediaBox.getHeight());
    }
}
