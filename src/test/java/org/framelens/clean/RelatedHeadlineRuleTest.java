package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.framelens.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedHeadlineRuleTest {

    private static final String REASON = "headline of another article (related link)";

    @ParameterizedTest
    @ValueSource(strings = {
            "NATO may get ‘more aggressive’ in countering Russia’s hybrid attacks, top military official says",
            "Drought leaves reservoirs across the state at their lowest level in forty years",
            "Read more: Drought leaves reservoirs at record low",
            "Related: Ashford residents vote down sewer tax"})
    void dropsHeadlinesOfOtherArticlesInTheBody(String line) {
        Article article = MadeUpPage.titled().opening().line(line).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains(REASON);
        assertThat(article.paragraphs()).doesNotContain(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Officials hail ‘difficult but productive’ meeting as water talks conclude in Ashford"})
    void dropsAHeadlineOfAnotherArticleAtTheEnd(String line) {
        Article article = MadeUpPage.titled().opening().closing().line(line).clean();

        assertThat(MadeUpPage.reasonFor(article, line)).contains(REASON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The council will publish the full list of affected streets next week.",
            "What happens next?", "A Decade of Leaks", "High Hurdles for a Riverton Water Deal",
            "Why the Council Finally Agreed on the Water Plan", "“Optimism is Fading”"})
    void keepsSentencesAndShortSubheads(String line) {
        Article article = MadeUpPage.titled().opening().line(line).closing().clean();

        assertThat(article.paragraphs()).contains(line);
    }

    @Test
    void dropsSeveralHeadlinesOfOtherArticlesOnAShortPage() {
        List<String> teasers = List.of("Ashford residents vote down sewer tax after a bitter campaign",
                "State drought emergency extended to the end of the year in six counties",
                "Riverton mayor Tom Hale will not seek a third term in office next year",
                "Water prices across the region have doubled in a decade, report finds");
        MadeUpPage page = MadeUpPage.titled().opening();
        teasers.forEach(page::line);

        Article article = page.closing().clean();

        assertThat(teasers).allSatisfy(teaser -> assertThat(MadeUpPage.reasonFor(article, teaser)).contains(REASON));
        assertThat(article.paragraphs()).endsWith(MadeUpPage.CLOSING.toArray(String[]::new));
    }

    @Test
    void keepsTextBrokenIntoLinesMidSentence() {
        List<String> lines = List.of(
                "Riverton's city council voted on Tuesday to approve the long-delayed water plan.",
                "The plan to replace the town's ageing water pipes, which will cost an estimated",
                "$42 million over ten years, passed by seven votes to two after a heated",
                "session. Council member Ana Ruiz said the vote ended months of uncertainty",
                "for residents who have faced repeated boil-water notices since the spring of",
                "last year. Opponents argued that the cost would fall too heavily on small",
                "businesses and asked for a public referendum before any work begins.");
        MadeUpPage page = MadeUpPage.titled().line(MadeUpPage.HEADLINE);
        lines.forEach(line -> page.lineAfterGap(line, 0));

        Article article = page.clean();

        assertThat(article.paragraphs()).containsExactlyElementsOf(
                Stream.concat(Stream.of(MadeUpPage.HEADLINE), lines.stream()).toList());
    }
}
