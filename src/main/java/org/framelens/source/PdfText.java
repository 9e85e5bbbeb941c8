package org.framelens.source;

import java.util.List;

import org.framelens.article.Removal;

/**
 * A PDF's text rebuilt into paragraphs, and the page numbers left out of them.
 *
 * @param paragraphs the paragraphs in reading order, each on one line
 * @param removed page numbers found at the top or bottom of pages, in page order
 */
record PdfText(List<String> paragraphs, List<Removal> removed) {

    public PdfText {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }
}
