package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateBylineRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Thursday , 6 November 2025", "Nov. 26, 2025", "2025-11-26", "26/11/2025",
            "Tuesday, March 4th, 2025", "November 26, 2025Clash Report", "Riverton Gazette · March 4, 2025",
            "By Jane Doe", "By Jane Doe and John Smith", "By Ana de la Cruz, Reuters", "BY JANE DOE",
            "Updated 3:45 PM EST, Tue March 4, 2025", "Published: 26/11/2025 10:02", "Posted 2 hours ago",
            "Last updated on 4 March 2025 at 09:15 GMT", "By Jane Doe | March 4, 2025",
            "March 4, 2025 · 5:30 a.m. ET", "Posted on November 30, 2025 by admin"})
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
}
