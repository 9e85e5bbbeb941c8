package org.framelens.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.framelens.report.pdf.PaperSize;

/**
 * What one run of framelens is asked to do.
 *
 * @param inputs files and folders as the user typed them
 * @param pdf where the PDF report goes
 * @param json where the JSON report goes
 * @param subjectTerms words naming what the coverage is about, empty to let framelens find them
 * @param reportDate the date printed on the report
 * @param paper the paper size of the PDF
 * @param handout where the short handout goes, or null to write none
 */
public record RunSettings(List<String> inputs, Path pdf, Path json, List<String> subjectTerms,
                          LocalDate reportDate, PaperSize paper, Path handout) {

    public RunSettings {
        inputs = List.copyOf(inputs);
        subjectTerms = List.copyOf(subjectTerms);
    }
}
