package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.RawDocument;
import org.framelens.article.Removal;
import org.framelens.article.TextBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageCleanerTest {

    private final PageCleaner cleaner = new PageCleaner();

    @ParameterizedTest
    @CsvSource({"input/my-paper.txt,my-paper", "my-paper.html,my-paper", "C:\\news\\daily-post.pdf,daily-post",
            "reports/archive.2025.txt,archive.2025", "noextension,noextension"})
    void namesTheOutletAfterTheFileWhenTheMetadataDoesNot(String file, String outlet) {
        Article article = MadeUpPage.untitled(file).opening().closing().clean();

        assertThat(article.outlet()).isEqualTo(outlet);
        assertThat(article.file()).isEqualTo(file);
    }

    @Test
    void takesAShortTitleWhenTheFirstParagraphIsLong() {
        Article article = MadeUpPage.untitled("x.txt").line(MadeUpPage.OPENING.get(1)).closing().clean();

        assertThat(article.title()).isEqualTo(
                "The plan, which will cost an estimated $42 million over ten years, passed by seven…");
    }

    @Test
    void keepsTheMetadataTitleOutletAndOtherFields() {
        ArticleMetadata metadata = new ArticleMetadata("Gazette", "Given title", LocalDate.of(2025, 3, 4), true,
                "https://example.org/a", "Jane Doe");
        RawDocument page = new RawDocument("a.txt", metadata,
                List.of(new TextBlock(MadeUpPage.OPENING.get(0), 0)), List.of());

        Article article = cleaner.clean(page);

        assertThat(article.metadata()).isEqualTo(metadata);
    }

    @Test
    void listsTheReadersRemovalsBeforeItsOwn() {
        Removal fromReader = new Removal("navigation", "Menu Search Sign in");
        RawDocument page = new RawDocument("a.html", ArticleMetadata.NONE, List.of(
                new TextBlock("Advertisement", 0), new TextBlock(MadeUpPage.OPENING.get(0), 1)), List.of(fromReader));

        Article article = cleaner.clean(page);

        assertThat(article.removed()).containsExactly(fromReader,
                new Removal("page interface (logo, reading time, buttons, counters)", "Advertisement"));
    }

    @Test
    void mergesNeighbouringRemovalsWithTheSameReasonOnly() {
        Article article = MadeUpPage.titled().opening().line("Advertisement").line("Share").closing()
                .line("Advertisement").clean();

        assertThat(article.removed()).extracting(Removal::text).containsExactly("Advertisement\nShare", "Advertisement");
    }

    @Test
    void keepsTheArticleTextExactlyAsThePageHasIt() {
        Article article = MadeUpPage.titled().opening().closing().clean();

        List<String> expected = new ArrayList<>();
        expected.add(MadeUpPage.HEADLINE);
        expected.addAll(MadeUpPage.OPENING);
        expected.addAll(MadeUpPage.CLOSING);
        assertThat(article.paragraphs()).containsExactlyElementsOf(expected);
        assertThat(article.removed()).isEmpty();
    }

    @Test
    void cleansOddPagesWithoutFailing() {
        List<RawDocument> odd = List.of(
                new RawDocument("empty.txt", ArticleMetadata.NONE, List.of(), List.of()),
                new RawDocument(null, null, List.of(new TextBlock("   ", 0), new TextBlock("Share", -3)), List.of()),
                new RawDocument("one.txt", ArticleMetadata.NONE, List.of(new TextBlock("Hello", 0)), List.of()),
                new RawDocument("furniture.txt", ArticleMetadata.NONE, List.of(new TextBlock("7 min read", 0),
                        new TextBlock("Leave a comment", 2), new TextBlock("Related", 5)), List.of()));

        for (RawDocument page : odd) {
            assertThatCode(() -> cleaner.clean(page)).doesNotThrowAnyException();
            Article article = cleaner.clean(page);
            assertThat(article.outlet()).isNotBlank();
            assertThat(article.title()).isNotBlank();
        }
        assertThat(cleaner.clean(null).paragraphs()).isEmpty();
    }

    @Test
    void returnsNoParagraphsForAPageOfFurnitureOnly() {
        RawDocument page = new RawDocument("furniture.txt", ArticleMetadata.NONE, List.of(
                new TextBlock("7 min read", 0), new TextBlock("Share", 1), new TextBlock("Advertisement", 1)), List.of());

        Article article = cleaner.clean(page);

        assertThat(article.paragraphs()).isEmpty();
        assertThat(article.title()).isEqualTo("Untitled");
        assertThat(article.outlet()).isEqualTo("furniture");
    }

    @Test
    void takesTheDateFromTheFirstRemovedDateLineThatNamesAWholeDay() {
        Article article = MadeUpPage.untitled("pages/gazette.txt").line(MadeUpPage.HEADLINE)
                .line("By Jane Doe").line("Published 3 days ago").line("Updated 4:12 PM EST, November 27, 2025")
                .line("Posted 26 November 2025").line(MadeUpPage.OPENING.get(0)).closing().clean();

        assertThat(article.metadata().date()).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThat(article.metadata().dateApproximate()).isFalse();
    }

    @Test
    void keepsTheMetadataDateOverTheDateLinesOfThePage() {
        ArticleMetadata metadata = new ArticleMetadata("Gazette", MadeUpPage.HEADLINE, LocalDate.of(2025, 3, 4), true,
                null, null);
        RawDocument page = new RawDocument("a.txt", metadata, ExamplePage.blocks(List.of(MadeUpPage.HEADLINE,
                "November 27, 2025", MadeUpPage.OPENING.get(0))), List.of());

        Article article = cleaner.clean(page);

        assertThat(article.metadata().date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(article.metadata().dateApproximate()).isTrue();
    }

    @Test
    void takesNoDateFromTheArticlesOwnSentencesOrRelativeTimes() {
        Article article = MadeUpPage.untitled("pages/gazette.txt").line(MadeUpPage.HEADLINE).line("2 hours ago")
                .line(MadeUpPage.OPENING.get(0)).line("On March 4, 2025, the council first debated the plan in public.")
                .closing().clean();

        assertThat(article.metadata().date()).isNull();
    }
}
