package org.framelens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Annotator;
import org.framelens.annotate.LanguageModels;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;

/** Test articles built from plain paragraphs, and one shared annotator (the models take a moment to load). */
public final class Articles {

    /** One annotator for all tests: the models are immutable and the annotator is thread-safe. */
    public static final Annotator ANNOTATOR = new Annotator(LanguageModels.load());

    private Articles() {
    }

    /** An article of the given paragraphs, with no removals. */
    public static Article of(String... paragraphs) {
        return new Article("test.txt", new ArticleMetadata("Test outlet", "Test title", null, false, null, null),
                List.of(paragraphs), List.of());
    }

    /** The given paragraphs, annotated. */
    public static AnnotatedArticle annotated(String... paragraphs) {
        return ANNOTATOR.annotate(of(paragraphs));
    }

    /** The non-empty lines after the metadata header of an example file in input/, as paragraphs. */
    public static List<String> exampleLines(String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of("input", name));
            return lines.subList(lines.indexOf("---") + 1, lines.size()).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
