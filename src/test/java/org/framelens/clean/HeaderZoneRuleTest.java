package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.RawDocument;
import org.framelens.article.Removal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderZoneRuleTest {

    private static final String REASON = "page header (before the article starts)";

    @ParameterizedTest
    @ValueSource(strings = {"Water, Pipes and Budgets", "Analysis", "Ana Ruiz", "Local government"})
    void dropsShortLabelsAboveTheFirstParagraph(String label) {
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line(label)
                .line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(MadeUpPage.reasonFor(article, label)).contains(REASON);
        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE, MadeUpPage.OPENING.get(0));
    }

    @Test
    void keepsTheHeadlineMatchedIgnoringCaseQuotesAndSpacing() {
        String shown = "RIVERTON  council approves water plan after months of debate";
        Article article = MadeUpPage.titled().line("Local").line(shown).line(MadeUpPage.OPENING.get(0)).closing()
                .clean();

        assertThat(article.paragraphs()).startsWith(shown, MadeUpPage.OPENING.get(0));
    }

    @Test
    void keepsAShortHeadlineAmongShortLabels() {
        RawDocument page = new RawDocument("gazette.txt",
                new ArticleMetadata("Gazette", "Water plan approved", null, false, null, null),
                ExamplePage.blocks(List.of("Local", "Water plan approved", "Ana Ruiz", MadeUpPage.OPENING.get(0))),
                List.of());

        Article article = new PageCleaner().clean(page);

        assertThat(article.paragraphs()).containsExactly("Water plan approved", MadeUpPage.OPENING.get(0));
        assertThat(article.removed()).extracting(Removal::reason).containsOnly(REASON);
    }

    @Test
    void keepsAShortStandfirstThatEndsLikeASentence() {
        String standfirst = "Residents have waited years.";
        Article article = MadeUpPage.titled().line(MadeUpPage.HEADLINE).line(standfirst).opening().closing().clean();

        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE, standfirst);
    }

    @Test
    void keepsShortSubheadsOnceTheArticleHasStarted() {
        Article article = MadeUpPage.titled().opening().line("A Decade of Leaks").closing().clean();

        assertThat(article.paragraphs()).contains("A Decade of Leaks");
    }

    @Test
    void keepsAHeadlineFoundByItsShapeWhenTheMetadataHasNoTitle() {
        Article article = MadeUpPage.untitled("pages/gazette.txt").line("Politics").opening().closing().clean();

        assertThat(MadeUpPage.reasonFor(article, "Politics")).contains(REASON);
        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE);
        assertThat(article.title()).isEqualTo(MadeUpPage.HEADLINE);
    }

    @Test
    void takesTheHeadlineNearestTheArticleRatherThanTheSiteNameAtTheTop() {
        Article article = MadeUpPage.untitled("pages/rbc.txt").line("Skip to content")
                .line("Riverton Broadcasting Corporation").line("Home").line("News").line("Sport")
                .opening().closing().clean();

        assertThat(article.title()).isEqualTo(MadeUpPage.HEADLINE);
        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE).doesNotContain("Riverton Broadcasting Corporation");
        assertThat(MadeUpPage.reasonFor(article, "Riverton Broadcasting Corporation")).contains(REASON);
    }

    @Test
    void passesOverASiteNameDirectlyAboveTheHeadline() {
        Article article = MadeUpPage.untitled("pages/rbc.txt").line("Skip to content").line("Riverton Gazette")
                .opening().closing().clean();

        assertThat(article.title()).isEqualTo(MadeUpPage.HEADLINE);
        assertThat(MadeUpPage.reasonFor(article, "Riverton Gazette")).contains(REASON);
    }

    @Test
    void takesTheHeadlineAboveAnUnpunctuatedStandfirst() {
        String standfirst = "Residents say the work is overdue, but business owners fear the cost will fall on them";
        Article article = MadeUpPage.untitled("pages/gazette.txt").line(MadeUpPage.HEADLINE).line(standfirst)
                .line("Ana Ruiz Water correspondent").line("Sat 22 Nov 2025 18.04 GMT")
                .line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(article.title()).isEqualTo(MadeUpPage.HEADLINE);
        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE, standfirst, MadeUpPage.OPENING.get(0));
    }

    @Test
    void keepsAShortHeadlineAboveAStandfirstSentence() {
        String standfirst = "Residents say the work is overdue, but business owners fear the cost will fall on them.";
        Article article = MadeUpPage.untitled("pages/gazette.txt").line("Water Plan Approved").line(standfirst)
                .line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(article.title()).isEqualTo("Water Plan Approved");
    }

    @Test
    void dropsALongUnpunctuatedLineAboveTheHeadline() {
        String menu = "World Politics Business Opinion Climate Culture Sport Lifestyle Travel Podcasts More sections";
        Article article = MadeUpPage.titled().line(menu).opening().closing().clean();

        assertThat(MadeUpPage.reasonFor(article, menu)).isPresent();
        assertThat(article.paragraphs()).startsWith(MadeUpPage.HEADLINE);
    }
}
