package org.framelens.loaded;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.framelens.article.Article;
import org.framelens.article.Removal;
import org.framelens.lexicon.WordList;

/**
 * Reads the section label a page gives its article ("Opinion columnist", "ANALYSIS") from the header, byline
 * and navigation lines cleaning removed: when the outlet says what kind of piece it is, that settles it.
 */
final class PageLabel {

    /** A label found on the page: the kind it announces and the line it stands on. */
    record Found(ArticleKind kind, String line) {
    }

    private static final int LONGEST_LABEL_LINE = 4;
    private static final Set<String> FURNITURE = Set.of("date and byline line", "page header (before the article starts)",
            "navigation");

    private final Map<String, ArticleKind> labels;

    PageLabel() {
        Map<String, ArticleKind> map = new HashMap<>();
        for (String line : WordList.lines(PageLabel.class, "page-labels.txt")) {
            String[] parts = line.split("\t");
            map.put(parts[0].strip(), ArticleKind.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
        }
        this.labels = Map.copyOf(map);
    }

    /** The label the page gives the article, if any. */
    Optional<Found> of(Article article) {
        for (Removal removal : article.removed()) {
            if (!FURNITURE.contains(removal.reason())) {
                continue;
            }
            for (String line : removal.text().split("\n")) {
                List<String> words = List.of(line.strip().split("[\\s|:·•/]+"));
                if (words.isEmpty() || words.size() > LONGEST_LABEL_LINE) {
                    continue;
                }
                ArticleKind kind = labels.get(words.get(0).toLowerCase(Locale.ROOT));
                if (kind != null) {
                    return Optional.of(new Found(kind, line.strip()));
                }
            }
        }
        return Optional.empty();
    }
}
