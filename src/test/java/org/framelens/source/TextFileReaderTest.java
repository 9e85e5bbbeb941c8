package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.framelens.article.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void leavesHeaderLinesOutOfTheBlocks() throws Exception {
        FileContent content = TextFileReader.plain().read(write("a.txt",
                "outlet: Herald\ntitle: Talks\ndate: 2025-11-29\n---\n\n\nHeadline\nBody line.\n"));

        assertThat(content.declared()).isEqualTo(
                new ArticleMetadata("Herald", "Talks", LocalDate.of(2025, 11, 29), false, null, null));
        assertThat(content.blocks()).containsExactly(new TextBlock("Headline", 0), new TextBlock("Body line.", 0));
    }

    @Test
    void keepsEveryLineOfAFileWithoutHeaderIncludingADashRule() throws Exception {
        FileContent content = TextFileReader.plain().read(write("a.txt",
                "Envoy heads to Moscow\nPhoto: Getty\n---\nComment: great piece\n"));

        assertThat(content.declared()).isEqualTo(ArticleMetadata.NONE);
        assertThat(content.found()).isEqualTo(ArticleMetadata.NONE);
        assertThat(content.blocks()).extracting(TextBlock::text)
                .containsExactly("Envoy heads to Moscow", "Photo: Getty", "---", "Comment: great piece");
    }

    @Test
    void readsCrlfFileWithByteOrderMarkAndCountsBlankLines() throws Exception {
        byte[] text = "outlet: Herald\r\n---\r\nFirst\r\n\r\nSecond\r\n \r\n\r\n\r\nComment\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        FileContent content = TextFileReader.plain().read(writeBytes("a.txt", bytes));

        assertThat(content.declared().outlet()).isEqualTo("Herald");
        assertThat(content.blocks()).containsExactly(
                new TextBlock("First", 0), new TextBlock("Second", 1), new TextBlock("Comment", 3));
    }

    @Test
    void readsOldMacLineEnds() throws Exception {
        FileContent content = TextFileReader.plain().read(write("a.txt", "First\rSecond\r\rThird"));

        assertThat(content.blocks()).containsExactly(
                new TextBlock("First", 0), new TextBlock("Second", 0), new TextBlock("Third", 1));
    }

    @Test
    void decodesWindows1252File() throws Exception {
        byte[] bytes = "title: \u201CCaf\u00E9\u201D diplomacy\n---\nIt\u2019s \u201Cvery robust\u201D, he said.\n"
                .getBytes(Charset.forName("windows-1252"));

        FileContent content = TextFileReader.plain().read(writeBytes("old.txt", bytes));

        assertThat(content.declared().title()).isEqualTo("“Café” diplomacy");
        assertThat(content.blocks()).extracting(TextBlock::text).containsExactly("It’s “very robust”, he said.");
    }

    @Test
    void keepsFileWithUnreadableDateAndWarns() throws Exception {
        FileContent content = TextFileReader.plain().read(write("a.txt", "outlet: X\ndate: xyz\n---\nText\n"));

        assertThat(content.declared().date()).isNull();
        assertThat(content.warnings()).extracting(InputProblem::getMessage)
                .containsExactly("a.txt: date \"xyz\" is not YYYY-MM-DD; ignored");
    }

    @Test
    void refusesFileWithHeaderButNoText() throws IOException {
        SourceFile file = write("a.txt", "outlet: X\n---\n\n");

        assertThatThrownBy(() -> TextFileReader.plain().read(file))
                .hasMessage("a.txt: the file has a metadata header but no article text");
    }

    @Test
    void stripsMarkdownButKeepsHeaderAndLines() throws Exception {
        FileContent content = TextFileReader.markdown().read(write("a.md",
                "outlet: Blog\n---\n# Peace *talks*\n\n![map](map.png)\n\nSee [the plan](https://x.example).\n"));

        assertThat(content.declared().outlet()).isEqualTo("Blog");
        assertThat(content.blocks()).containsExactly(
                new TextBlock("Peace talks", 0), new TextBlock("See the plan.", 3));
    }

    @Test
    void refusesMarkdownFileThatIsOnlyMarkup() throws IOException {
        SourceFile file = write("a.md", "![only an image](a.png)\n---\n");

        assertThatThrownBy(() -> TextFileReader.markdown().read(file)).hasMessage("a.md: the file has no text");
    }

    private SourceFile write(String name, String text) throws IOException {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private SourceFile writeBytes(String name, byte[] bytes) throws IOException {
        return new SourceFile(name, Files.write(dir.resolve(name), bytes));
    }
}
