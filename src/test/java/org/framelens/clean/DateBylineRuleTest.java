package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateBylineRuleTest {

    private static final String REASON = "date and byline line";

    @ParameterizedTest
    @ValueSource(strings = {"Thursday , 6 November 2025", "Nov. 26, 2025", "2025-11-26", "26/11/2025",
            "Tuesday, March 4th, 2025", "November 26, 2025Clash Report", "Riverton Gazette · March 4, 2025",
            "By Jane Doe", "By Jane Doe and John Smith", "By Ana de la Cruz, Reuters", "BY JANE DOE",
            "Updated 3:45 PM EST, Tue March 4, 2025", "Published: 26/11/2025 10:02", "Posted 2 hours ago",
            "Last updated on 4 March 2025 at 09:15 GMT", "By Jane Doe | March 4, 2025",
            "March 4, 2025 · 5:30 a.m. ET", "Posted on November 30, 2025 by admin",
            "By Lukas Brenner, Climate correspondent", "By Jane Doe, staff writer",
            "Sam Whitfield · 5 min read · 21 October 2025", "Updated 4:12 PM EST, November 27, 2025"})
    void dropsDateAndBylineLines(String line) {
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line(line)
                .line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains("date and byline line");
        assertThat(article.paragraphs()).doesNotContain(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the end of the decade, every home in Riverton should have new pipes.",
            "By Tuesday, the council had received more than 300 letters from residents.",
            "Updated figures published in March showed that leaks had fallen by a third.",
            "November was the wettest month on record, the weather service said.",
            "On March 4, 2025, the council first debated the plan in public."})
    void keepsSentencesThatStartLikeADateOrByline(String sentence) {
        Article article = MadeUpPage.titled().opening().line(sentence).closing().clean();

        assertThat(article.paragraphs()).contains(sentence);
    }

    @Test
    void dropsTheAuthorsNameAndDeskUnderADateBelowTheHeadline() {
        Article article = MadeUpPage.untitled("pages/bbc.txt").line("Riverton Broadcasting Corporation")
                .line(MadeUpPage.HEADLINE).line("3 hours ago").line("Share").line("Mercy Achieng")
                .line("Riverton News, Nairobi").line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, "Mercy Achieng")).contains(REASON);
        assertThat(MadeUpPage.reasonFor(article, "Riverton News, Nairobi")).contains(REASON);
        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE, MadeUpPage.OPENING.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Opinion columnist", "Fiona Harvey Environment editor", "Staff Writer",
            "Chief political correspondent", "Correspondent in Kyiv", "Editor of The Riverton Gazette"})
    void dropsARoleLineNextToTheByline(String role) {
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line("Residents have waited years.")
                .line(MadeUpPage.OPENING.get(1)).line("By Daniel Okafor").line(role).line("June 3, 2025")
                .line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, role)).contains(REASON);
    }

    @Test
    void dropsARoleLineAboveTheArticleWithoutAByline() {
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line("Fiona Harvey Environment editor")
                .line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, "Fiona Harvey Environment editor")).contains(REASON);
    }

    @Test
    void keepsAShortHeadlineThatFollowsADateAtTheTopOfThePage() {
        Article article = MadeUpPage.untitled("pages/gazette.txt").line("March 4, 2025").line("Water Plan Approved")
                .line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(article.paragraphs()).startsWith("Water Plan Approved", MadeUpPage.OPENING.get(0));
        assertThat(article.title()).isEqualTo("Water Plan Approved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gazette names new sports editor", "Riverton Mayor Hires Press Officer"})
    void keepsAHeadlineThatEndsWithARoleOnAPageWithoutTitle(String headline) {
        Article article = MadeUpPage.untitled("pages/gazette.txt").line(headline).line("March 4, 2025")
                .line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(article.title()).isEqualTo(headline);
        assertThat(article.paragraphs()).startsWith(headline);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Editor Steps Down", "Ana Ruiz Speaks Out", "Editors Disagree"})
    void keepsTitleCaseSubheadsInsideTheArticle(String subhead) {
        Article article = MadeUpPage.titled().opening().line("March 4, 2025").line(subhead).closing().clean();

        assertThat(article.paragraphs()).contains(subhead);
    }
}
