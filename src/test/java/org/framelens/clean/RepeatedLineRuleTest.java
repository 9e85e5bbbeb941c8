package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.api.Test;

class RepeatedLineRuleTest {

    @Test
    void keepsOnlyTheFirstCopyOfARepeatedHeadline() {
        Article article = MadeUpPage.titled().opening().line(MadeUpPage.HEADLINE).closing().clean();

        assertThat(article.paragraphs()).containsOnlyOnce(MadeUpPage.HEADLINE);
        assertThat(article.paragraphs().get(0)).isEqualTo(MadeUpPage.HEADLINE);
        assertThat(MadeUpPage.reasonFor(article, MadeUpPage.HEADLINE)).contains("repeated line");
    }

    @Test
    void keepsOnlyTheFirstCopyOfAParagraphPrintedTwice() {
        String twice = MadeUpPage.OPENING.get(1);
        Article article = MadeUpPage.titled().opening().closing().line(twice).clean();

        assertThat(article.paragraphs()).containsOnlyOnce(twice);
        assertThat(article.paragraphs().indexOf(twice)).isEqualTo(2);
    }
}
