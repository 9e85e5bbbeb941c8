package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.framelens.article.Article;
import org.framelens.article.RawDocument;
import org.framelens.article.Removal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five example pages come out as their hand-written expectation files say, paragraph by paragraph. */
class ExampleArticlesTest {

    private static final PageCleaner CLEANER = new PageCleaner();

    private record Expected(List<String> keep, List<String[]> drop) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"kyiv-independent", "political-news-site", "the-bulwark", "clash-report", "opinion-blog"})
    void keepsEveryParagraphOfTheArticleInOrderAndNothingElse(String example) throws IOException {
        Article article = CLEANER.clean(ExamplePage.read(example + ".txt"));
        List<String> keep = expected(example).keep();

        assertThat(article.paragraphs()).hasSameSizeAs(keep);
        for (int i = 0; i < keep.size(); i++) {
            assertThat(article.paragraphs().get(i)).as("paragraph %d of %s", i + 1, example).startsWith(keep.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kyiv-independent", "political-news-site", "the-bulwark", "clash-report", "opinion-blog"})
    void removesEveryPageFurnitureLineWithItsReason(String example) throws IOException {
        Article article = CLEANER.clean(ExamplePage.read(example + ".txt"));
        List<String[]> drop = expected(example).drop();
        List<String[]> removedLines = removedLines(article);

        assertThat(removedLines).hasSameSizeAs(drop);
        for (int i = 0; i < drop.size(); i++) {
            assertThat(removedLines.get(i)[0]).as("reason for removed line %d of %s", i + 1, example)
                    .isEqualTo(drop.get(i)[0]);
            assertThat(removedLines.get(i)[1]).as("removed line %d of %s", i + 1, example).startsWith(drop.get(i)[1]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kyiv-independent", "political-news-site", "the-bulwark", "clash-report", "opinion-blog"})
    void noRemovedTextReachesTheArticle(String example) {
        Article article = CLEANER.clean(ExamplePage.read(example + ".txt"));
        for (String[] line : removedLines(article)) {
            assertThat(article.paragraphs()).doesNotContain(line[1]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kyiv-independent", "political-news-site", "the-bulwark", "clash-report", "opinion-blog"})
    void keepsTheHeadlineExactlyOnceAsTheFirstParagraph(String example) {
        RawDocument page = ExamplePage.read(example + ".txt");
        Article article = CLEANER.clean(page);

        assertThat(article.paragraphs().get(0)).isEqualTo(page.metadata().title());
        assertThat(article.paragraphs()).containsOnlyOnce(page.metadata().title());
        assertThat(article.title()).isEqualTo(page.metadata().title());
        assertThat(article.outlet()).isEqualTo(page.metadata().outlet());
    }

    @Test
    void kyivIndependentKeepsTheQuotesWhosePullQuotesAreRemoved() {
        Article article = CLEANER.clean(ExamplePage.read("kyiv-independent.txt"));

        assertThat(article.paragraphs()).contains(
                "\"Putin has no reason to stop now,\" Polianskii added.",
                "\"The situation today is very difficult, but this is not a reason to stop the fight,\" Kevliuk said.");
        assertThat(article.paragraphs()).doesNotContain(
                "\"Putin has no reason to stop now.\"",
                "\"The situation today is very difficult, but this is not a reason to stop the fight.\"");
    }

    @Test
    void kyivIndependentReportsEachPhotoCaptionWithItsDuplicateAsOneRemoval() {
        Article article = CLEANER.clean(ExamplePage.read("kyiv-independent.txt"));

        List<Removal> zelenskyCaption = article.removed().stream()
                .filter(r -> r.text().startsWith("Ukraine’s President Volodymyr Zelensky in Ankara"))
                .toList();
        assertThat(zelenskyCaption).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("photo caption or credit");
            assertThat(r.text().split("\n")).hasSize(2);
        });
    }

    @Test
    void politicalNewsSiteReportsTheCommentFormAndRelatedArticlesAsTwoBlocks() {
        Article article = CLEANER.clean(ExamplePage.read("political-news-site.txt"));
        List<Removal> tail = article.removed().subList(article.removed().size() - 2, article.removed().size());

        assertThat(tail).extracting(Removal::reason)
                .containsExactly("reader comments and comment form", "related articles");
        assertThat(tail.get(0).text()).startsWith("Leave a comment\nLeave a Reply\nYour email address");
        assertThat(tail.get(1).text()).startsWith("Related Articles\n").endsWith("President Andry...");
    }

    private static List<String[]> removedLines(Article article) {
        List<String[]> lines = new ArrayList<>();
        for (Removal removal : article.removed()) {
            Arrays.stream(removal.text().split("\n")).forEach(line -> lines.add(new String[] {removal.reason(), line}));
        }
        return lines;
    }

    private static Expected expected(String example) throws IOException {
        List<String> keep = new ArrayList<>();
        List<String[]> drop = new ArrayList<>();
        String resource = example + ".expected.txt";
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ExampleArticlesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("keep ")) {
                    keep.add(line.substring("keep ".length()));
                } else if (line.startsWith("drop ")) {
                    String[] parts = line.substring("drop ".length()).split(" \\| ", 2);
                    drop.add(parts);
                }
            }
        }
        assertThat(keep).as("expectations for %s", example).isNotEmpty();
        return new Expected(keep, drop);
    }
}
