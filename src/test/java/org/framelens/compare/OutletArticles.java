package org.framelens.compare;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;
import org.framelens.testing.Articles;

/** Made-up articles from named outlets, annotated with the shared test annotator, for comparisons. */
public final class OutletArticles {

    private OutletArticles() {
    }

    /** One annotated article of the outlet, one paragraph per string. */
    public static AnnotatedArticle of(String outlet, String... paragraphs) {
        Article article = new Article(outlet + ".txt", new ArticleMetadata(outlet, "Test title", null, false, null, null),
                List.of(paragraphs), List.of());
        return Articles.ANNOTATOR.annotate(article);
    }

    /** Annotated articles from pairs of outlet name and text: {@code of("A", "text", "B", "text")}. */
    public static List<AnnotatedArticle> outlets(String... outletsAndTexts) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (int i = 0; i + 1 < outletsAndTexts.length; i += 2) {
            articles.add(of(outletsAndTexts[i], outletsAndTexts[i + 1]));
        }
        return articles;
    }
}
