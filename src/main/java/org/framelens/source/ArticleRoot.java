package org.framelens.source;

import java.util.Comparator;
import java.util.Optional;

import org.jsoup.nodes.Element;

/**
 * Finds the element of a web page that holds the article: the largest {@code <article>}, {@code <main>} or
 * {@code [itemprop=articleBody]} that is not itself page furniture (a comment marked up as an article) nor inside
 * a navigation bar, sidebar, page header or footer (a teaser card). The body when there is none, or when the
 * largest holds so little of the page's text that the article is evidently elsewhere.
 */
final class ArticleRoot {

    private static final String CANDIDATES = "article, main, [itemprop=articleBody]";

    /** A candidate holding less than this share of the page's text is taken not to be the article. */
    private static final double MIN_SHARE = 0.25;

    private ArticleRoot() {
    }

    /** The element whose text is the article. */
    static Element in(Element body, PageFurniture furniture) {
        Optional<Element> largest = body.select(CANDIDATES).stream()
                .filter(candidate -> candidate != body && !isFurniture(candidate, body, furniture))
                .max(Comparator.comparingInt(candidate -> candidate.text().length()));
        if (largest.isEmpty() || largest.get().text().length() < body.text().length() * MIN_SHARE) {
            return body;
        }
        return largest.get();
    }

    private static boolean isFurniture(Element candidate, Element body, PageFurniture furniture) {
        if (furniture.reasonFor(candidate, false).isPresent()) {
            return true;
        }
        for (Element e = candidate.parent(); e != null && e != body; e = e.parent()) {
            if (furniture.isLandmark(e)) {
                return true;
            }
        }
        return false;
    }
}
