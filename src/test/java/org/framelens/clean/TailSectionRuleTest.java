package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.article.Article;
import org.framelens.article.Removal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TailSectionRuleTest {

    private static final String COMMENTS = "reader comments and comment form";
    private static final String RELATED = "related articles";

    @ParameterizedTest
    @ValueSource(strings = {"5 Comments", "Leave a comment", "Leave a Reply", "Comments", "Join the conversation",
            "Show comments", "Comments (12)", "4 thoughts on “Riverton council approves water plan”"})
    void dropsACommentSectionAtTheEndOfThePage(String marker) {
        String comment = "This is exactly what our street has been waiting for. Thank you for covering it.";
        Article article = MadeUpPage.titled().opening().closing().line(marker).line("Jane R.").line(comment).clean();

        assertThat(MadeUpPage.reasonFor(article, marker)).contains(COMMENTS);
        assertThat(MadeUpPage.reasonFor(article, comment)).contains(COMMENTS);
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Related Articles", "Related", "More from Riverton Gazette", "Read next",
            "You may also like", "Recommended"})
    void dropsARelatedArticlesBlockAtTheEndOfThePage(String marker) {
        String teaser = "Ashford votes down sewer tax";
        String snippet = "Residents of Ashford rejected the proposal by a wide margin on...";
        Article article = MadeUpPage.titled().opening().closing().line(marker).line(teaser).line(snippet).clean();

        assertThat(MadeUpPage.reasonFor(article, teaser)).contains(RELATED);
        assertThat(MadeUpPage.reasonFor(article, snippet)).contains(RELATED);
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }

    @Test
    void givesEachTailSectionItsOwnReason() {
        Article article = MadeUpPage.titled().opening().closing()
                .line("Leave a Reply")
                .line("Your email address will not be published. Required fields are marked *")
                .line("Related Articles")
                .line("Ashford votes down sewer tax")
                .clean();

        List<Removal> tail = article.removed();
        assertThat(tail).extracting(Removal::reason).containsExactly(COMMENTS, RELATED);
        assertThat(tail.get(0).text())
                .isEqualTo("Leave a Reply\nYour email address will not be published. Required fields are marked *");
        assertThat(tail.get(1).text()).isEqualTo("Related Articles\nAshford votes down sewer tax");
    }

    @Test
    void keepsASentenceThatMerelyMentionsComments() {
        String sentence = "Comments by the minister were welcomed.";
        Article article = MadeUpPage.titled().opening().line(sentence).closing().clean();

        assertThat(article.paragraphs()).contains(sentence);
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.toArray(String[]::new));
    }

    @Test
    void keepsTheArticleAfterASingleWordMarkerThatRealParagraphsFollow() {
        Article article = MadeUpPage.titled().opening().line(MadeUpPage.CLOSING.get(0)).line("Related")
                .line(MadeUpPage.CLOSING.get(1)).line(MadeUpPage.CLOSING.get(2)).clean();

        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(1), MadeUpPage.CLOSING.get(2));
    }

    @Test
    void keepsTheArticleAfterAMarkerNearTheTopOfThePage() {
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line("Leave a comment")
                .line(MadeUpPage.OPENING.get(0)).line(MadeUpPage.OPENING.get(1)).closing().clean();

        assertThat(article.paragraphs()).contains(MadeUpPage.OPENING.get(1));
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.get(2));
    }
}
