package org.framelens.report.pdf.layout;

import org.apache.pdfbox.pdmodel.PDPage;

/** A point in the flow of pages: the page and the height on it, for bookmarks and cross-references. */
public record FlowPosition(PDPage page, float y) {
}
