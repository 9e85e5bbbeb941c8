package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.framelens.article.Removal;
import org.framelens.article.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFileReaderTest {

    private static final String FIRST = "The special envoy left for Moscow on Wednesday, officials said, after a week "
            + "of talks in Geneva that produced a shorter draft of the peace plan.";
    private static final String THIRD = "Both sides said they were ready to continue, although neither would say "
            + "when the next round would begin or who would attend it.";

    private final PdfFileReader reader = new PdfFileReader();

    @TempDir
    Path dir;

    @Test
    void readsAMultiParagraphArticleBackParagraphByParagraph() throws Exception {
        Path pdf = new ArticlePdf().info("Envoy heads to Moscow", "Jane Reporter")
                .lines("Envoy heads to Moscow")
                .paragraph(FIRST)
                .lines("Negotiators said the nego-", "tiations would resume next week in a", "new format.")
                .paragraph(THIRD)
                .write(dir.resolve("article.pdf"));

        FileContent content = reader.read(new SourceFile("pdfs/article.pdf", pdf));

        assertThat(content.blocks()).extracting(TextBlock::text).containsExactly("Envoy heads to Moscow", FIRST,
                "Negotiators said the negotiations would resume next week in a new format.", THIRD);
        assertThat(content.found()).isEqualTo(
                new ArticleMetadata(null, "Envoy heads to Moscow", null, false, null, "Jane Reporter"));
        assertThat(content.declared()).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void joinsAParagraphSplitByAPageBreakAndLeavesOutPageNumbers() throws Exception {
        Path pdf = new ArticlePdf().pageHeight(230).numberPages()
                .paragraph(FIRST)
                .paragraph(THIRD + " " + FIRST)
                .write(dir.resolve("pages.pdf"));

        FileContent content = reader.read(new SourceFile("pages.pdf", pdf));

        assertThat(content.blocks()).extracting(TextBlock::text).containsExactly(FIRST, THIRD + " " + FIRST);
        assertThat(content.removed()).extracting(Removal::reason).containsOnly("page number").hasSizeGreaterThan(1);
    }

    @Test
    void prefersTheTextsHeadlineToATitleFieldThatIsOnlyALabel() throws Exception {
        Path pdf = new ArticlePdf().info("Bonn climate talks", null)
                .lines("Bonn climate talks end with fragile compromise on adaptation goal")
                .lines("By Lukas Brenner, Climate correspondent")
                .paragraph(FIRST)
                .write(dir.resolve("bonn.pdf"));

        assertThat(reader.read(new SourceFile("bonn.pdf", pdf)).found().title())
                .isEqualTo("Bonn climate talks end with fragile compromise on adaptation goal");
    }

    @Test
    void prefersTheTextsHeadlineToATitleFieldThatIsAFileName() throws Exception {
        Path pdf = new ArticlePdf().info("Microsoft Word - envoy_story_final.docx", null)
                .lines("June 26, 2025")
                .lines("Envoy heads to Moscow for talks")
                .paragraph(FIRST)
                .write(dir.resolve("envoy.pdf"));

        assertThat(reader.read(new SourceFile("envoy.pdf", pdf)).found().title())
                .isEqualTo("Envoy heads to Moscow for talks");
    }

    @Test
    void keepsAFullTitleFieldThatDiffersFromTheText() throws Exception {
        Path pdf = new ArticlePdf().info("Envoy heads to Moscow as peace talks resume", null)
                .lines("World news in brief today")
                .paragraph(FIRST)
                .write(dir.resolve("full.pdf"));

        assertThat(reader.read(new SourceFile("full.pdf", pdf)).found().title())
                .isEqualTo("Envoy heads to Moscow as peace talks resume");
    }

    @Test
    void keepsAShortTitleFieldWhenTheTextHasNoHeadline() throws Exception {
        Path pdf = new ArticlePdf().info("Envoy story", null).paragraph(FIRST).paragraph(THIRD)
                .write(dir.resolve("plain.pdf"));

        assertThat(reader.read(new SourceFile("plain.pdf", pdf)).found().title()).isEqualTo("Envoy story");
    }

    @Test
    void hasNoTitleOrAuthorWhenTheDocumentInformationIsEmpty() throws Exception {
        Path pdf = new ArticlePdf().paragraph(FIRST).write(dir.resolve("plain.pdf"));

        assertThat(reader.read(new SourceFile("plain.pdf", pdf)).found()).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void reportsPdfWithoutTextLayerAsAPossibleScan() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.addRect(100, 100, 200, 300);
                out.fill();
            }
            doc.save(pdf.toFile());
        }

        assertThatThrownBy(() -> reader.read(new SourceFile("scan.pdf", pdf))).isInstanceOf(InputProblem.class)
                .hasMessage("scan.pdf: the PDF has no text layer (is it a scan?)");
    }

    @Test
    void reportsCorruptPdf() throws Exception {
        Path pdf = dir.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF",
                StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(new SourceFile("a.pdf", pdf)))
                .hasMessageStartingWith("a.pdf: not a readable PDF (");
    }

    @Test
    void reportsTruncatedPdf() throws Exception {
        Path whole = new ArticlePdf().paragraph(FIRST).write(dir.resolve("whole.pdf"));
        byte[] bytes = Files.readAllBytes(whole);
        Path pdf = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 300));

        assertThatThrownBy(() -> reader.read(new SourceFile("cut.pdf", pdf)))
                .isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("cut.pdf: ");
    }

    @Test
    void reportsTextFileNamedPdfAsNotAPdf() throws Exception {
        Path pdf = Files.writeString(dir.resolve("notes.pdf"), "Just some notes, saved with the wrong name.");

        assertThatThrownBy(() -> reader.read(new SourceFile("notes.pdf", pdf)))
                .hasMessage("notes.pdf: not a readable PDF (it does not start like a PDF file)");
    }

    @Test
    void reportsPasswordProtectedPdf() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }

        assertThatThrownBy(() -> reader.read(new SourceFile("locked.pdf", pdf)))
                .hasMessage("locked.pdf: not a readable PDF (it is protected by a password)");
    }

    @Test
    void reportsEmptyFile() throws IOException {
        Path pdf = Files.write(dir.resolve("empty.pdf"), new byte[0]);

        assertThatThrownBy(() -> reader.read(new SourceFile("empty.pdf", pdf)))
                .hasMessage("empty.pdf: the file is empty");
    }
}
