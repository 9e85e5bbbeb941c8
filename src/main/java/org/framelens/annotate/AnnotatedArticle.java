package org.framelens.annotate;

import java.util.List;
import org.framelens.article.Article;

/** An article split into tagged sentences, each marked for voice and speaker. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    /** Number of word tokens in the article. */
    public int wordCount() {
        return sentences.stream().mapToInt(Sentence::wordCount).sum();
    }
}
