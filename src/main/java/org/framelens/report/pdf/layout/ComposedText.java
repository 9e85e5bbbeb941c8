package org.framelens.report.pdf.layout;

import java.util.List;

/**
 * A paragraph's text ready to break into lines: cleaned, shaped, and split into runs by style and font.
 *
 * @param runs the runs in logical (reading) order; their texts joined make up the paragraph
 * @param replaced how many characters no font could print and were substituted
 */
public record ComposedText(List<StyledRun> runs, int replaced) {

    public ComposedText {
        runs = List.copyOf(runs);
    }

    /** The paragraph's whole text. */
    public String text() {
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.text()));
        return all.toString();
    }
}
