package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorNoteRuleTest {

    private static final String REASON = "about the author / editorial standards";

    @ParameterizedTest
    @ValueSource(strings = {"Our Standards: The Thomson Reuters Trust Principles.",
            "The views expressed are the author's own.",
            "Ana Ruiz writes about local government. The views expressed are her own.",
            "Opinions expressed in this column do not necessarily reflect those of the Gazette."})
    void dropsStandardsLinesAndDisclaimersAtTheEnd(String line) {
        Article article = MadeUpPage.titled().opening().closing().line(line).clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains(REASON);
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }

    @Test
    void dropsAClosingBiographyOfTheBylinedAuthor() {
        String bio = "Daniel Okafor is a former airline analyst and the author of two books on regulation.";
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line("By Daniel Okafor")
                .line(MadeUpPage.OPENING.get(0)).closing().line(bio).clean();

        assertThat(MadeUpPage.reasonFor(article, bio)).contains(REASON);
    }

    @Test
    void keepsAClosingParagraphAboutSomeoneOtherThanTheAuthor() {
        String closing = "Ana Ruiz is a council member who has campaigned on the issue for years, and she will chair the new committee.";
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line("By Daniel Okafor")
                .line(MadeUpPage.OPENING.get(0)).closing().line(closing).clean();

        assertThat(article.paragraphs()).endsWith(closing);
    }

    @Test
    void keepsADisclaimerLikeSentenceInTheMiddleOfTheArticle() {
        String sentence = "The views expressed at the meeting were sharply divided, with several residents walking out.";
        Article article = MadeUpPage.titled().opening().line(sentence).closing().clean();

        assertThat(article.paragraphs()).contains(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Residents' views on the plan, the survey found, are mostly positive.",
            "The views expressed at the meeting were sharply divided, with several residents walking out."})
    void keepsClosingSentencesThatOnlyTouchOnViews(String sentence) {
        Article article = MadeUpPage.titled().opening().closing().line(sentence).clean();

        assertThat(article.paragraphs()).endsWith(sentence);
    }
}
