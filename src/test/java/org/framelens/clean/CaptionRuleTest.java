package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.framelens.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionRuleTest {

    private static final String REASON = "photo caption or credit";

    @ParameterizedTest
    @ValueSource(strings = {"Firefighters at the scene in Riverton on Monday. (Photo: Reuters)",
            "Workers lay new pipes on Main Street. (AFP)",
            "The old pumping station, built in 1931. (Jane Doe / Riverton Gazette)",
            "Mayor Tom Hale on Tuesday. (Marvin Joseph / The Washington Post / Getty Images)",
            "Photo by John Smith/Getty Images", "Image: Jane Doe / Shutterstock", "Credit: Riverton Gazette archive",
            "Residents queue for bottled water. Photo: Jane Doe",
            "(L-R) Mayor Tom Hale and council member Ana Ruiz after the vote on Tuesday.",
            "Jane Doe/AFP via Getty Images",
            "A firefighter works at the site in Riverton, Wednesday, Dec. 3, 2025. (AP Photo/Efrem Lukatsky)"})
    void dropsCaptionsAndCredits(String line) {
        Article article = MadeUpPage.titled().opening().line(line).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains(REASON);
        assertThat(article.paragraphs()).doesNotContain(line);
    }

    @Test
    void dropsACaptionPrintedOnceWithoutAndOnceWithItsCredit() {
        String bare = "Mayor Tom Hale speaks to reporters outside City Hall on Tuesday.";
        String credited = bare + " (Contributor / Getty Images)";
        Article article = MadeUpPage.titled().opening().line(bare).line(credited).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, bare)).contains(REASON);
        assertThat(MadeUpPage.reasonFor(article, credited)).contains(REASON);
        assertThat(article.removed()).filteredOn(r -> r.text().equals(bare + "\n" + credited)).hasSize(1);
    }

    @Test
    void dropsTheUncreditedCopyOfAnLToRCaptionAFewLinesEarlier() {
        String bare = "Mayor Tom Hale and council member Ana Ruiz after the vote.";
        Article article = MadeUpPage.titled().line(bare).line(MadeUpPage.HEADLINE).line("5 min read")
                .line("(L-R) " + bare + " (Jane Doe / AP)").line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, bare)).contains(REASON);
        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE, MadeUpPage.OPENING.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Officials said the pipes were laid in 1931 (some as early as 1925).",
            "The report (published by the state in May) found leaks in every district.",
            "Reuters first reported the cost overrun last year, citing council documents."})
    void keepsParagraphsWithParenthesesOrAgencyNames(String paragraph) {
        Article article = MadeUpPage.titled().opening().line(paragraph).closing().clean();

        assertThat(article.paragraphs()).contains(paragraph);
    }
}
