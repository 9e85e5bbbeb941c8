package org.framelens.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.RawDocument;
import org.framelens.article.Removal;
import org.framelens.article.TextBlock;

/**
 * Test-only builder for invented pages from other outlets: a headline, a short made-up article about a
 * city's water plan, and whatever furniture a test puts around it.
 */
final class MadeUpPage {

    static final String HEADLINE = "Riverton council approves water plan after months of debate";
    static final List<String> OPENING = List.of(
            "Riverton's city council voted on Tuesday to approve a long-delayed plan to replace the town's ageing water pipes.",
            "The plan, which will cost an estimated $42 million over ten years, passed by seven votes to two after a heated session.",
            "Council member Ana Ruiz said the vote ended months of uncertainty for residents who have faced repeated boil-water notices.");
    static final List<String> CLOSING = List.of(
            "Opponents argued that the cost would fall too heavily on small businesses and asked for a public referendum.",
            "The mayor's office said work on the first district would begin in the spring, once contracts had been signed.",
            "Residents will be able to follow the project's progress at monthly public meetings held in the town library.");

    private static final PageCleaner CLEANER = new PageCleaner();

    private final String title;
    private final String file;
    private final List<TextBlock> blocks = new ArrayList<>();

    private MadeUpPage(String title, String file) {
        this.title = title;
        this.file = file;
    }

    /** A page whose metadata gives the made-up headline as its title and "Riverton Gazette" as its outlet. */
    static MadeUpPage titled() {
        return new MadeUpPage(HEADLINE, "pages/riverton-gazette.txt");
    }

    /** A page whose metadata gives neither outlet nor title. */
    static MadeUpPage untitled(String file) {
        return new MadeUpPage(null, file);
    }

    /** Adds a line after one blank line. */
    MadeUpPage line(String text) {
        return add(text, 1);
    }

    /** Adds a line after {@code blankLines} blank lines. */
    MadeUpPage lineAfterGap(String text, int blankLines) {
        return add(text, blankLines);
    }

    /** Adds the headline and the article's opening paragraphs. */
    MadeUpPage opening() {
        line(HEADLINE);
        OPENING.forEach(this::line);
        return this;
    }

    /** Adds the article's closing paragraphs. */
    MadeUpPage closing() {
        CLOSING.forEach(this::line);
        return this;
    }

    /** The page as a reader would hand it over. */
    RawDocument page() {
        ArticleMetadata metadata = title == null ? ArticleMetadata.NONE
                : new ArticleMetadata("Riverton Gazette", title, null, false, null, null);
        return new RawDocument(file, metadata, blocks, List.of());
    }

    /** The page, cleaned. */
    Article clean() {
        return CLEANER.clean(page());
    }

    /** The reason a line was removed for, or empty when it was not removed. */
    static Optional<String> reasonFor(Article article, String line) {
        for (Removal removal : article.removed()) {
            if (List.of(removal.text().split("\n")).contains(line)) {
                return Optional.of(removal.reason());
            }
        }
        return Optional.empty();
    }

    private MadeUpPage add(String text, int blankLines) {
        blocks.add(new TextBlock(text, blocks.isEmpty() ? 0 : blankLines));
        return this;
    }
}
