package org.framelens.report.pdf.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The document's outline (bookmarks panel): one entry per section, nested entries per item within it. */
public final class Bookmarks {

    private final PDDocumentOutline outline = new PDDocumentOutline();

    /** Attaches an empty outline to the document and asks viewers to show it on opening. */
    public Bookmarks(PDDocument document) {
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /** Adds a top-level bookmark pointing at a place in the flow. */
    public PDOutlineItem add(String title, FlowPosition at) {
        PDOutlineItem item = item(title, at);
        outline.addLast(item);
        return item;
    }

    /** Adds a bookmark nested under {@code parent}; the parent is shown expanded. */
    public PDOutlineItem add(PDOutlineItem parent, String title, FlowPosition at) {
        PDOutlineItem item = item(title, at);
        parent.addLast(item);
        parent.openNode();
        return item;
    }

    private static PDOutlineItem item(String title, FlowPosition at) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(at.page());
        destination.setLeft(0);
        destination.setTop(Math.round(at.y()));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(PrintableText.clean(title).strip());
        item.setDestination(destination);
        return item;
    }
}
