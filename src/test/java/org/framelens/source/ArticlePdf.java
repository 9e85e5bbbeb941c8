package org.framelens.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes test PDFs laid out like a printed article: a headline, then paragraphs wrapped to a column, a blank
 * line's worth of space between paragraphs, onto as many pages as needed. Lines given explicitly are kept as
 * they are, so a test can force a hyphenated line break.
 */
final class ArticlePdf {

    private static final float FONT_SIZE = 11;
    private static final float LEADING = 14;
    private static final float MARGIN = 72;
    private static final float WIDTH = 300;

    private final List<List<String>> paragraphs = new ArrayList<>();
    private String title;
    private String author;
    private float pageHeight = PDRectangle.A4.getHeight();
    private boolean numberPages;

    /** Sets the title and author in the document information. */
    ArticlePdf info(String newTitle, String newAuthor) {
        this.title = newTitle;
        this.author = newAuthor;
        return this;
    }

    /** Makes pages this tall, to force a paragraph across a page break. */
    ArticlePdf pageHeight(float height) {
        this.pageHeight = height;
        return this;
    }

    /** Prints each page's number, alone, at the foot of the page. */
    ArticlePdf numberPages() {
        this.numberPages = true;
        return this;
    }

    /** Adds a paragraph, wrapped to the column when written. */
    ArticlePdf paragraph(String text) {
        paragraphs.add(List.of("\u0000wrap", text));
        return this;
    }

    /** Adds a paragraph made of exactly these lines. */
    ArticlePdf lines(String... lines) {
        paragraphs.add(List.of(lines));
        return this;
    }

    /** Writes the PDF to {@code file}. */
    Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font;
            try (InputStream ttf = ArticlePdf.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(doc, ttf);
            }
            List<String> lines = new ArrayList<>();
            for (List<String> paragraph : paragraphs) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                if (paragraph.size() == 2 && paragraph.get(0).equals("\u0000wrap")) {
                    lines.addAll(wrap(paragraph.get(1), font));
                } else {
                    lines.addAll(paragraph);
                }
            }
            int perPage = (int) ((pageHeight - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getWidth(), pageHeight));
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(font, FONT_SIZE);
                    out.setLeading(LEADING);
                    out.newLineAtOffset(MARGIN, pageHeight - MARGIN);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        if (!line.isEmpty()) {
                            out.showText(line);
                        }
                        out.newLine();
                    }
                    out.endText();
                    if (numberPages) {
                        out.beginText();
                        out.setFont(font, FONT_SIZE);
                        out.newLineAtOffset(MARGIN + WIDTH / 2, MARGIN / 2);
                        out.showText(String.valueOf(doc.getNumberOfPages()));
                        out.endText();
                    }
                }
            }
            if (title != null || author != null) {
                PDDocumentInformation information = new PDDocumentInformation();
                information.setTitle(title);
                information.setAuthor(author);
                doc.setDocumentInformation(information);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static List<String> wrap(String text, PDType0Font font) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * FONT_SIZE > WIDTH && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
