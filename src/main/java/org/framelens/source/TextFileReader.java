package org.framelens.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.framelens.article.ArticleMetadata;
import org.framelens.article.InputProblem;
import org.framelens.article.TextBlock;

/**
 * Reads a plain text or Markdown file: an optional metadata header, then a block per non-empty line. Nothing
 * else is removed; deciding what is a caption or a comment is the cleaning stage's job.
 */
final class TextFileReader implements FormatReader {

    private final UnaryOperator<String> markup;

    private TextFileReader(UnaryOperator<String> markup) {
        this.markup = markup;
    }

    /** A reader for plain text, which keeps every character of every line. */
    static TextFileReader plain() {
        return new TextFileReader(UnaryOperator.identity());
    }

    /** A reader for Markdown, which strips markup from each line. */
    static TextFileReader markdown() {
        return new TextFileReader(MarkdownText::strip);
    }

    @Override
    public FileContent read(SourceFile file) throws InputProblem {
        String text = TextDecoder.decode(FileBytes.read(file), file.shownPath());
        List<String> lines = TextLines.split(text);
        Optional<MetadataHeader> header = MetadataHeader.read(lines);
        List<String> body = header.map(h -> lines.subList(h.lineCount(), lines.size())).orElse(lines);
        List<TextBlock> blocks = LineBlocks.of(body, markup);
        if (blocks.isEmpty()) {
            throw new InputProblem(file.shownPath(), header.isPresent()
                    ? "the file has a metadata header but no article text"
                    : "the file has no text");
        }
        List<InputProblem> warnings = new ArrayList<>();
        header.ifPresent(h -> h.complaints().forEach(c -> warnings.add(new InputProblem(file.shownPath(), c))));
        ArticleMetadata declared = header.map(MetadataHeader::metadata).orElse(ArticleMetadata.NONE);
        return new FileContent(declared, ArticleMetadata.NONE, blocks, List.of(), warnings);
    }
}
