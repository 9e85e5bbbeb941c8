package org.framelens.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.framelens.article.TextBlock;

/** Makes a text block of every non-empty line, counting the empty lines before each one. */
final class LineBlocks {

    private LineBlocks() {
    }

    /**
     * A block per line that is not empty once {@code markup} has been stripped from it and its whitespace
     * normalised; the first block has no blank lines before it, whatever preceded it.
     */
    static List<TextBlock> of(List<String> lines, UnaryOperator<String> markup) {
        List<TextBlock> blocks = new ArrayList<>();
        int blank = 0;
        for (String line : lines) {
            String text = BlockText.normalise(markup.apply(line));
            if (text.isEmpty()) {
                blank++;
                continue;
            }
            blocks.add(new TextBlock(text, blocks.isEmpty() ? 0 : blank));
            blank = 0;
        }
        return blocks;
    }
}
