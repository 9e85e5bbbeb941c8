package org.framelens.report.pdf;

import java.io.IOException;

/** One section of the printed report; the writer renders the sections in order into one document. */
interface ReportSection {

    /** Sets this section's content into the document at the current point of the page flow. */
    void render(ReportContext context) throws IOException;

    /** Whether the short handout prints this section too; most sections belong to the full report only. */
    default boolean inHandout() {
        return false;
    }
}
