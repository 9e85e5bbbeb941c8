package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderCommentRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Great piece, thanks! I've shared it with my neighbours.", "Kudos to the author.",
            "Well written and fair to both sides", "Perhaps your next article could look at the sewer budget."})
    void dropsReaderCommentsAfterGapAtEnd(String comment) {
        Article article = MadeUpPage.titled().opening().closing().lineAfterGap(comment, 3).clean();

        assertThat(MadeUpPage.reasonFor(article, comment)).contains("reader comments");
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }

    @Test
    void dropsEveryCommentAfterTheGap() {
        Article article = MadeUpPage.titled().opening().closing()
                .lineAfterGap("Finally some good news for the east side.", 2)
                .lineAfterGap("Thanks for reporting this!", 0)
                .clean();

        assertThat(article.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("reader comments");
            assertThat(r.text()).isEqualTo("Finally some good news for the east side.\nThanks for reporting this!");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council meets again on March 12 to award the first contracts.",
            "The bridge is due to open in the spring of 2027."})
    void keepsTextAfterAGapWithoutCommentCues(String closing) {
        Article article = MadeUpPage.titled().opening().closing().lineAfterGap(closing, 3).clean();

        assertThat(article.paragraphs()).endsWith(closing);
    }

    @Test
    void keepsALongPartOfTheArticleAfterAGapEvenWithFirstPersonQuotes() {
        String quote = "“I think we finally got it right,” Ruiz said, thanking residents for their patience.";
        Article article = MadeUpPage.titled().opening().lineAfterGap(quote, 3).closing().clean();

        assertThat(article.paragraphs()).contains(quote);
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }

    @Test
    void keepsACommentLikeLineWithoutAGap() {
        String line = "Residents can send questions to the council, which promised answers by Friday!";
        Article article = MadeUpPage.titled().opening().closing().lineAfterGap(line, 1).clean();

        assertThat(article.paragraphs()).endsWith(line);
    }
}
