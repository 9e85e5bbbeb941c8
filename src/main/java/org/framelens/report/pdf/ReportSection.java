package org.framelens.report.pdf;

import java.io.IOException;

/** One section of the printed report; the writer renders the sections in order into one document. */
interface ReportSection {

    /** Sets this section's content into the document at the current point of the page flow. */
    void render(ReportContext context) throws IOException;
}
