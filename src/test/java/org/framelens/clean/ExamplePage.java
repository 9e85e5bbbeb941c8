package org.framelens.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.RawDocument;
import org.framelens.article.TextBlock;

/**
 * Test-only reader for the example articles in {@code input/}: a "key: value" header closed by "---",
 * then one block per non-empty line, counting the empty lines before it. Kept apart from the real
 * {@code source} readers so these tests exercise cleaning alone.
 */
final class ExamplePage {

    private ExamplePage() {
    }

    /** Reads {@code input/<name>} as a page. */
    static RawDocument read(String name) {
        Path path = Path.of("input", name);
        try {
            return parse("input/" + name, Files.readAllLines(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a page from lines, the header (if any) closed by "---". */
    static RawDocument parse(String file, List<String> lines) {
        int bodyStart = lines.indexOf("---") + 1;
        Map<String, String> header = new HashMap<>();
        for (String line : lines.subList(0, bodyStart)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String date = header.get("date");
        boolean approximate = date != null && date.contains("approx");
        LocalDate day = date == null ? null : LocalDate.parse(date.split("\\s+")[0]);
        ArticleMetadata metadata = new ArticleMetadata(header.get("outlet"), header.get("title"), day, approximate,
                header.get("url"), header.get("author"));
        return new RawDocument(file, metadata, blocks(lines.subList(bodyStart, lines.size())), List.of());
    }

    /** One block per non-empty line, with the number of empty lines before it. */
    static List<TextBlock> blocks(List<String> lines) {
        List<TextBlock> blocks = new ArrayList<>();
        int blank = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blank++;
            } else {
                blocks.add(new TextBlock(line.strip(), blocks.isEmpty() ? 0 : blank));
                blank = 0;
            }
        }
        return blocks;
    }
}
