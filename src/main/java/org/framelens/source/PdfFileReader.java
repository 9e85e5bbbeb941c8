package org.framelens.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.framelens.article.TextBlock;

/**
 * Reads a PDF's text layer into paragraphs, with the title and author from its document information (the title
 * replaced by the text's headline when the Title field is only a label or a file name).
 */
final class PdfFileReader implements FormatReader {

    /** A PDF file starts with this, within its first kilobyte. */
    private static final String PDF_HEADER = "%PDF-";

    @Override
    public FileContent read(SourceFile file) throws InputProblem {
        byte[] bytes = FileBytes.read(file);
        if (bytes.length == 0) {
            throw new InputProblem(file.shownPath(), "the file is empty");
        }
        if (!startsLikePdf(bytes)) {
            throw notReadable(file, "it does not start like a PDF file", null);
        }
        String text;
        ArticleMetadata found;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) {
                throw notReadable(file, "it has no pages", null);
            }
            text = stripper().getText(pdf);
            found = metadata(pdf.getDocumentInformation());
        } catch (InvalidPasswordException e) {
            throw notReadable(file, "it is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw notReadable(file, "the file is damaged or incomplete", e);
        }
        PdfText pdfText = PdfParagraphs.rebuild(text);
        List<TextBlock> blocks = pdfText.paragraphs().stream().map(p -> new TextBlock(p, 0)).toList();
        if (blocks.isEmpty()) {
            throw new InputProblem(file.shownPath(), "the PDF has no text layer (is it a scan?)");
        }
        String title = PdfTitle.choose(found.title(), pdfText.paragraphs());
        ArticleMetadata titled = new ArticleMetadata(found.outlet(), title, found.date(), found.dateApproximate(),
                found.url(), found.author());
        return new FileContent(ArticleMetadata.NONE, titled, blocks, pdfText.removed(), List.of());
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart(String.valueOf(PdfParagraphs.PARAGRAPH_MARK));
        stripper.setParagraphEnd("");
        stripper.setPageStart(String.valueOf(PdfParagraphs.PAGE_MARK));
        stripper.setPageEnd("\n");
        return stripper;
    }

    private static ArticleMetadata metadata(PDDocumentInformation info) {
        if (info == null) {
            return ArticleMetadata.NONE;
        }
        return new ArticleMetadata(null, clean(info.getTitle()), null, false, null, clean(info.getAuthor()));
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = BlockText.normalise(value);
        return text.isEmpty() ? null : text;
    }

    private static boolean startsLikePdf(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        return start.contains(PDF_HEADER);
    }

    private static InputProblem notReadable(SourceFile file, String reason, Throwable cause) {
        return new InputProblem(file.shownPath(), "not a readable PDF (" + reason + ")", cause);
    }
}
