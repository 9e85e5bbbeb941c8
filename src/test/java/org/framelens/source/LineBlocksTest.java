package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import org.framelens.article.TextBlock;
import org.junit.jupiter.api.Test;

class LineBlocksTest {

    @Test
    void countsEmptyAndWhitespaceOnlyLinesBeforeEachBlock() {
        List<String> lines = List.of("", "  ", "Headline", "First para.", "", "Second para.", " \t", "\u00A0", "",
                "", "Comment after a long gap");

        assertThat(LineBlocks.of(lines, UnaryOperator.identity())).containsExactly(
                new TextBlock("Headline", 0),
                new TextBlock("First para.", 0),
                new TextBlock("Second para.", 1),
                new TextBlock("Comment after a long gap", 4));
    }

    @Test
    void normalisesEachLineAndKeepsEveryNonEmptyLine() {
        List<String> lines = List.of("  Photo:\u00A0Getty   Images ", "Advertisement", "---");

        assertThat(LineBlocks.of(lines, UnaryOperator.identity())).extracting(TextBlock::text)
                .containsExactly("Photo: Getty Images", "Advertisement", "---");
    }
}
