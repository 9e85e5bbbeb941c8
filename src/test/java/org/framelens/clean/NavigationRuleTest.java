package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NavigationRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Home > World > Europe", "Home / News / Politics", "Home » Local » Riverton",
            "Home | Business", "World › Europe › Ukraine", "News World Politics Business Opinion Sport",
            "Home Politics: Breaking Political News & Updates"})
    void dropsBreadcrumbsAndMenusAtTheTopOfThePage(String line) {
        Article article = MadeUpPage.titled().line(line).opening().closing().clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains("navigation");
        assertThat(article.paragraphs()).doesNotContain(line);
    }

    @Test
    void dropsABreadcrumbThatEndsWithTheHeadline() {
        String breadcrumb = "Home Local: City Hall Updates " + MadeUpPage.HEADLINE;
        Article article = MadeUpPage.titled().line(breadcrumb).opening().closing().clean();

        assertThat(MadeUpPage.reasonFor(article, breadcrumb)).contains("navigation");
        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home to 40,000 people, the town was shelled overnight.",
            "Home Secretary Yvette Cooper said the plan was sound and long overdue.",
            "Home prices in Riverton have risen by a fifth since the boil-water notices began."})
    void keepsParagraphsThatMerelyStartWithHome(String paragraph) {
        Article article = MadeUpPage.titled().opening().line(paragraph).closing().clean();

        assertThat(article.paragraphs()).contains(paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Health and Science", "Russia, Ukraine and China", "Business as Usual"})
    void keepsShortSubheadsThatUseSectionWords(String subhead) {
        Article article = MadeUpPage.titled().opening().line(subhead).closing().clean();

        assertThat(article.paragraphs()).contains(subhead);
    }
}
