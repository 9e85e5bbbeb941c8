package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemovedTextExcerptTest {

    private final ReportText text = ReportText.standard();
    private final FigureFormat figures = new FigureFormat(text);

    @Test
    void printsShortTextWholeKeepingEachPageLineApart() {
        assertThat(RemovedTextExcerpt.of("  Leave a comment\n\nLeave a  Reply ", text, figures))
                .isEqualTo("Leave a comment\nLeave a Reply");
    }

    @ParameterizedTest(name = "{0} characters without spaces -> {1} kept, ends \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            600  | 600 | x
            601  | 600 | x … (1 more character)
            1000 | 600 | x … (400 more characters)
            2400 | 600 | x … (1,800 more characters)
            """)
    void cutsTextWithoutSpacesAtSixHundredCharacters(int length, int kept, String ending) {
        String excerpt = RemovedTextExcerpt.of("x".repeat(length), text, figures);

        assertThat(excerpt).startsWith("x".repeat(kept)).endsWith(ending).doesNotStartWith("x".repeat(kept + 1));
    }

    @Test
    void cutsAtTheLastSpaceBeforeTheLimit() {
        // 16 sentences of 48 characters, 767 once trimmed; the last space at or before 600 is at 598.
        String comments = "The comments below are closed for this article. ".repeat(16);

        String excerpt = RemovedTextExcerpt.of(comments, text, figures);

        assertThat(excerpt).isEqualTo(comments.substring(0, 598) + " … (169 more characters)");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String emoji = "🙂".repeat(700);

        assertThat(RemovedTextExcerpt.of(emoji, text, figures)).isEqualTo("🙂".repeat(600) + " … (100 more characters)");
    }
}
