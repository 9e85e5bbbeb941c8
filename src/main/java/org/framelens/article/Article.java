package org.framelens.article;

import java.util.List;

/**
 * An outlet's article after cleaning: only its own text, plus everything removed from the page and why.
 *
 * @param file the path as the user gave it
 * @param metadata outlet and title are always set here; the rest may be null
 * @param paragraphs the article's paragraphs in order, headline first where the page had one
 * @param removed what cleaning kept out of the analysis, in page order
 */
public record Article(String file, ArticleMetadata metadata, List<String> paragraphs, List<Removal> removed) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }

    public String outlet() {
        return metadata.outlet();
    }

    public String title() {
        return metadata.title();
    }
}
