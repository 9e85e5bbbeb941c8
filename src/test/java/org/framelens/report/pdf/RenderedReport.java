package org.framelens.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.framelens.compare.Comparison;

/** A report written to memory and read back with PDFBox, the way a reader's PDF viewer would see it. */
record RenderedReport(byte[] bytes, PdfWriteSummary summary) {

    /** Writes the comparison on the given paper. */
    static RenderedReport of(Comparison comparison, PaperSize paper) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfWriteSummary summary = new PdfReportWriter(paper).writeWithSummary(comparison, out);
            return new RenderedReport(out.toByteArray(), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the comparison on Letter paper. */
    static RenderedReport of(Comparison comparison) {
        return of(comparison, PaperSize.LETTER);
    }

    /** The document, for checks the text alone cannot make; the caller closes it. */
    PDDocument open() throws IOException {
        return Loader.loadPDF(bytes);
    }

    /** Number of pages. */
    int pageCount() throws IOException {
        try (PDDocument document = open()) {
            return document.getNumberOfPages();
        }
    }

    /** All text in reading order, with every run of whitespace turned into one space. */
    String flatText() throws IOException {
        return flat(text(1, Integer.MAX_VALUE, false));
    }

    /** The text of pages {@code from} to {@code to} (1-based) as extracted, lines kept. */
    String text(int from, int to, boolean sortByPosition) throws IOException {
        try (PDDocument document = open()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(sortByPosition);
            stripper.setStartPage(from);
            stripper.setEndPage(Math.min(to, document.getNumberOfPages()));
            return stripper.getText(document);
        }
    }

    /**
     * All text in reading order, flattened, without the page footers and the "(continued)" headings repeated at
     * the top of pages, so text running across a page break reads as one.
     */
    String bodyText() throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : text(1, Integer.MAX_VALUE, false).split("\\R")) {
            if (!line.matches("framelens (report|handout) · .* \\d+ / \\d+ ?") && !line.endsWith(" (continued)")) {
                body.append(line).append('\n');
            }
        }
        return flat(body.toString());
    }

    /** Text of one page with whitespace flattened. */
    String flatPage(int page) throws IOException {
        return flat(text(page, page, false));
    }

    /** Titles of the bookmarks, depth first, children indented by two spaces. */
    List<String> bookmarks() throws IOException {
        try (PDDocument document = open()) {
            List<String> titles = new ArrayList<>();
            collect(document.getDocumentCatalog().getDocumentOutline(), "", titles);
            return titles;
        }
    }

    /** Text flattened to single spaces, as the tests compare it. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void collect(PDOutlineNode node, String indent, List<String> titles) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle());
            collect(item, indent + "  ", titles);
        }
    }
}
