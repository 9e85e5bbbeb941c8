package org.framelens.report.pdf.layout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text in one style that one font prints: the unit that is measured and drawn. */
public record StyledRun(String text, PDFont font, TextStyle style) {

    /** Its advance width in points. */
    public float width() throws IOException {
        return font.getStringWidth(text) / 1000f * style.size();
    }

    /** The same font and style with other text, e.g. a slice of this run. */
    public StyledRun withText(String newText) {
        return new StyledRun(newText, font, style);
    }
}
