package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.RawDocument;
import org.framelens.article.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputReaderTest {

    private final InputReader reader = new InputReader();

    @TempDir
    Path dir;

    static Stream<Arguments> exampleArticles() {
        return Stream.of(
                Arguments.of("clash-report.txt", "Clash Report",
                        "Trump Sends Top Envoy to Russia to Finalize Ukraine Plan", "2025-11-26", false, null,
                        "Advertisement banner"),
                Arguments.of("kyiv-independent.txt", "The Kyiv Independent",
                        "Why Trump's peace plan is unlikely to end Russia's war in Ukraine", "2025-11-29", true, null,
                        "KI short logo"),
                Arguments.of("opinion-blog.txt", "Unnamed opinion blog",
                        "Shadows Over the Table: Ukraine-Russia Peace Talks Amid Escalating Strikes", "2025-11-25",
                        true, null, "Shadows Over the Table: Ukraine-Russia Peace Talks Amid Escalating Strikes"),
                Arguments.of("political-news-site.txt", "Unnamed political news site",
                        "Did Trump’s Russia-Ukraine Peace Plan Quickly Stall?", "2025-08-23", true, null,
                        "Thursday , 6 November 2025"),
                Arguments.of("the-bulwark.txt", "The Bulwark",
                        "As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare", "2025-12-02", true,
                        "Cathy Young", "As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare"));
    }

    @ParameterizedTest
    @MethodSource("exampleArticles")
    void readsEachExampleArticleWithItsHeaderMetadata(String name, String outlet, String title, String date,
                                                       boolean approximate, String author, String firstBlock) {
        ReadResult result = reader.read(List.of("input/" + name));

        assertThat(result.problems()).isEmpty();
        RawDocument document = result.documents().get(0);
        assertThat(document.file()).isEqualTo("input/" + name);
        assertThat(document.metadata()).isEqualTo(
                new ArticleMetadata(outlet, title, LocalDate.parse(date), approximate, null, author));
        assertThat(document.blocks().get(0)).isEqualTo(new TextBlock(firstBlock, 0));
        assertThat(document.blocks()).extracting(TextBlock::text).noneMatch(
                t -> t.equals("---") || t.startsWith("outlet:") || t.startsWith("title:") || t.startsWith("date:"));
        assertThat(document.removed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"input", "input/", "input//"})
    void readsTheExampleFolderInFileNameOrderNamingFilesUnderTheFolderAsTyped(String folder) {
        ReadResult result = reader.read(List.of(folder));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(RawDocument::file).containsExactly(
                "input/clash-report.txt", "input/kyiv-independent.txt", "input/opinion-blog.txt",
                "input/political-news-site.txt", "input/the-bulwark.txt");
    }

    @Test
    void keepsReaderCommentsAfterTheGapInTheBulwarkWithTheGapCounted() {
        RawDocument bulwark = reader.read(List.of("input/the-bulwark.txt")).documents().get(0);

        TextBlock firstComment = bulwark.blocks().stream()
                .filter(b -> b.text().startsWith("Still shocked")).findFirst().orElseThrow();
        assertThat(firstComment.blankLinesBefore()).isEqualTo(4);
    }

    @Test
    void leavesOutletAndTitleUnsetForFileWithoutHeader() throws IOException {
        write("plain.txt", "Envoy heads to Moscow\nThe envoy left on Wednesday.\n");

        ReadResult result = reader.read(List.of(dir + "/plain.txt"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents().get(0).metadata()).isEqualTo(ArticleMetadata.NONE);
        assertThat(result.documents().get(0).blocks()).hasSize(2);
    }

    @Test
    void readsFolderMixingGoodAndBadFilesWithOneProblemPerBadFile() throws IOException {
        write("a-good.txt", "outlet: A\n---\nText A\n");
        write("b-empty.txt", "");
        Files.write(dir.resolve("c-binary.txt"), new byte[] {'G', 'I', 'F', '8', 0, 0, 1, 2});
        write("d-notes.docx", "pretend Word file");
        write("e-page.html", "<html><body><article><p>Text E</p></article></body></html>");
        write("f-broken.pdf", "%PDF-1.4\nthis is not really a PDF at all\n");
        write("g-good.md", "# Text G\n");
        write("h-bad-date.txt", "outlet: H\ndate: 2025-31-12\n---\nText H\n");
        write(".hidden.txt", "not read");
        Files.createDirectory(dir.resolve("sub"));
        write("sub/inner.txt", "not read either");

        ReadResult result = reader.read(List.of(dir.toString()));

        String folder = dir.toString();
        assertThat(result.documents()).extracting(RawDocument::file).containsExactly(
                folder + "/a-good.txt", folder + "/e-page.html", folder + "/g-good.md", folder + "/h-bad-date.txt");
        assertThat(result.documents()).extracting(d -> d.blocks().get(0).text())
                .containsExactly("Text A", "Text E", "Text G", "Text H");
        assertThat(result.problems()).containsExactly(
                folder + "/b-empty.txt: the file is empty",
                folder + "/c-binary.txt: looks like a binary file, not text",
                folder + "/d-notes.docx: not a supported file type (use .txt, .md, .html, .htm or .pdf); skipped",
                folder + "/f-broken.pdf: not a readable PDF (the file is damaged or incomplete)",
                folder + "/h-bad-date.txt: date \"2025-31-12\" is not YYYY-MM-DD; ignored");
        assertThat(result.documents().get(3).metadata().outlet()).isEqualTo("H");
        assertThat(result.documents().get(3).metadata().date()).isNull();
    }

    @Test
    void reportsMissingPathAndGoesOnWithTheOthers() throws IOException {
        write("a.txt", "Text A\n");

        ReadResult result = reader.read(List.of("missing/", dir + "/a.txt", "no-such-file.txt"));

        assertThat(result.documents()).extracting(RawDocument::file).containsExactly(dir + "/a.txt");
        assertThat(result.problems()).containsExactly("missing/: no such file or folder",
                "no-such-file.txt: no such file or folder");
    }

    @Test
    void reportsUnsupportedFileGivenDirectly() throws IOException {
        write("notes.docx", "x");

        assertThat(reader.read(List.of(dir + "/notes.docx")).problems()).containsExactly(
                dir + "/notes.docx: not a supported file type (use .txt, .md, .html, .htm or .pdf); skipped");
    }

    @Test
    void matchesExtensionsRegardlessOfCase() throws IOException {
        write("LOUD.TXT", "Text\n");
        write("Page.HTM", "<p>Page</p>");

        ReadResult result = reader.read(List.of(dir.toString()));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).hasSize(2);
    }

    @Test
    void reportsFolderWithNothingToRead() throws IOException {
        Files.createDirectory(dir.resolve("empty"));
        Files.createDirectory(dir.resolve("nested"));
        Files.createDirectory(dir.resolve("nested/articles"));

        ReadResult result = reader.read(List.of(dir + "/empty", dir + "/nested"));

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).containsExactly(dir + "/empty: the folder has no files to read",
                dir + "/nested: the folder has no files to read (framelens does not look inside subfolders)");
    }

    @Test
    void readsAFileNamedTwiceOnlyOnce() throws IOException {
        write("a.txt", "Text\n");

        ReadResult result = reader.read(List.of(dir.toString(), dir + "/a.txt", dir + "/./a.txt"));

        assertThat(result.documents()).hasSize(1);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void takesMetadataFromSourcesTableWithTheFilesOwnHeaderWinningFieldByField() throws IOException {
        write("sources.csv", "\uFEFFfile,outlet,title,date,url,author\r\n"
                + "a.txt,\"Herald, The\",\"Table title with \"\"quotes\"\"\",2025-11-20,https://h.example/a,\r\n"
                + "b.txt,Daily,Daily title,~2025-11-21,,Ann Writer\r\n");
        write("a.txt", "title: Header title\n---\nText A\n");
        write("b.txt", "Text B\n");

        ReadResult result = reader.read(List.of(dir.toString()));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(RawDocument::metadata).containsExactly(
                new ArticleMetadata("Herald, The", "Header title", LocalDate.of(2025, 11, 20), false,
                        "https://h.example/a", null),
                new ArticleMetadata("Daily", "Daily title", LocalDate.of(2025, 11, 21), true, null, "Ann Writer"));
    }

    @Test
    void headerDateBeatsTableDateTogetherWithItsApproximateMark() throws IOException {
        write("sources.csv", "file,date\na.txt,2025-11-20 (approx.)\n");
        write("a.txt", "date: 2025-11-22\n---\nText A\n");

        RawDocument document = reader.read(List.of(dir.toString())).documents().get(0);

        assertThat(document.metadata().date()).isEqualTo(LocalDate.of(2025, 11, 22));
        assertThat(document.metadata().dateApproximate()).isFalse();
    }

    @Test
    void tableBeatsMetadataFoundInAWebPage() throws IOException {
        write("sources.csv", "file,outlet\npage.html,Herald (print edition)\n");
        write("page.html", "<html><head><meta property='og:site_name' content='herald.example'>"
                + "<meta property='og:title' content='Envoy'></head><body><p>Text</p></body></html>");

        ArticleMetadata metadata = reader.read(List.of(dir.toString())).documents().get(0).metadata();

        assertThat(metadata.outlet()).isEqualTo("Herald (print edition)");
        assertThat(metadata.title()).isEqualTo("Envoy");
    }

    @Test
    void reportsTableRowNamingNoFileInTheFolder() throws IOException {
        Files.createDirectory(dir.resolve("input"));
        write("input/sources.csv", "file,outlet\na.txt,A\nx.txt,X\n");
        write("input/a.txt", "Text\n");

        ReadResult result = reader.read(List.of(dir + "/input/"));

        assertThat(result.documents()).hasSize(1);
        assertThat(result.problems()).containsExactly(
                dir + "/input/sources.csv: row for \"x.txt\" names no file in the folder");
    }

    @Test
    void readsFilesWithoutTheTableWhenTheTableIsMalformed() throws IOException {
        write("sources.csv", "file,outlet\na.txt,\"Herald\n");
        write("a.txt", "Text\n");

        ReadResult result = reader.read(List.of(dir.toString()));

        assertThat(result.documents()).extracting(d -> d.metadata().outlet()).containsExactly((String) null);
        assertThat(result.problems()).containsExactly(dir + "/sources.csv: a quoted field starting on line 2 is "
                + "never closed; the table is ignored");
    }

    @Test
    void appliesTheTableOfItsFolderToAFileGivenOnItsOwn() throws IOException {
        write("sources.csv", "file,outlet\na.txt,Herald\nb.txt,Daily\n");
        write("a.txt", "Text\n");

        ReadResult result = reader.read(List.of(dir + "/a.txt", dir + "/sources.csv"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).extracting(d -> d.metadata().outlet()).containsExactly("Herald");
    }

    @Test
    void readsPdfInAFolder() throws IOException {
        new ArticlePdf().info("Envoy", null).lines("Envoy heads to Moscow")
                .paragraph("The envoy left on Wednesday, officials said.").write(dir.resolve("a.pdf"));

        ReadResult result = reader.read(List.of(dir.toString()));

        assertThat(result.problems()).isEmpty();
        // The one-word Title field is a label; the headline printed in the text is the better title.
        assertThat(result.documents().get(0).metadata().title()).isEqualTo("Envoy heads to Moscow");
        assertThat(result.documents().get(0).blocks()).extracting(TextBlock::text)
                .containsExactly("Envoy heads to Moscow", "The envoy left on Wednesday, officials said.");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
