package org.framelens.report.pdf.layout;

import java.io.IOException;

/**
 * A heading repeated at the top of each page a part of the report runs onto. It is laid out afresh each time
 * it is printed, so characters no font has are counted once per printed copy, like all other text.
 */
@FunctionalInterface
public interface RepeatedHeading {

    /** The heading set for the page it is about to be printed on. */
    ParagraphLayout layout() throws IOException;
}
