package org.framelens.report.pdf.layout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A stretch of text that one font can print entirely. */
public record FontRun(String text, PDFont font) {

    /** Its advance width in points at the given font size. */
    public float width(float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }
}
