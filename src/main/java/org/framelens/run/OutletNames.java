package org.framelens.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.article.Article;
import org.framelens.measure.OutletProfile;

/**
 * Keeps outlet names apart in the report: when two articles carry the same outlet name (reuters.txt and
 * reuters.html), each gets its file name added, so no two rows of a table look alike.
 */
final class OutletNames {

    private OutletNames() {
    }

    /** The profiles with clashing outlet names made distinct; says so through {@code notice}. */
    static List<OutletProfile> distinct(List<OutletProfile> profiles, Consumer<String> notice) {
        Map<String, Integer> uses = new HashMap<>();
        for (OutletProfile p : profiles) {
            uses.merge(key(p), 1, Integer::sum);
        }
        List<OutletProfile> result = new ArrayList<>(profiles.size());
        for (OutletProfile p : profiles) {
            if (uses.get(key(p)) > 1) {
                Article a = p.article();
                String name = a.outlet() + " (" + fileName(a.file()) + ")";
                notice.accept(a.file() + ": another article has the outlet name \"" + a.outlet() + "\"; shown as \"" + name + "\"");
                Article renamed = new Article(a.file(), a.metadata().withOutletAndTitle(name, a.title()),
                        a.paragraphs(), a.removed());
                result.add(p.withAnnotated(new AnnotatedArticle(renamed, p.annotated().sentences())));
            } else {
                result.add(p);
            }
        }
        return result;
    }

    private static String key(OutletProfile p) {
        return p.article().outlet().strip().toLowerCase(Locale.ROOT);
    }

    private static String fileName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }
}
