package org.framelens.report.pdf.layout;

import java.util.List;

/**
 * Text split into runs by font.
 *
 * @param runs the runs in text order
 * @param replaced how many characters no font could print and were substituted
 */
public record FontedText(List<FontRun> runs, int replaced) {

    public FontedText {
        runs = List.copyOf(runs);
    }
}
