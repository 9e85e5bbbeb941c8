package org.framelens.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.article.Article;
import org.framelens.compare.Comparison;
import org.framelens.measure.OutletProfile;

/**
 * Comparisons of any size made from the five real example outlets, each copy under a new name, so a page can be
 * tested with many outlets that all carry real sentences, cues and sources.
 */
final class RenamedOutlets {

    private RenamedOutlets() {
    }

    /** The name of outlet {@code number} (from 1): every third short, the others very long, numbered. */
    static String name(int number) {
        return number % 3 == 0 ? "Outlet " + number : "The Extraordinarily Long-Named Regional Broadcasting "
                + "Corporation of the Northern Provinces, Evening Edition Number " + number;
    }

    /** {@code count} outlets, copies of the examples in turn, named by {@link #name(int)}. */
    static Comparison of(Comparison examples, int count) {
        List<OutletProfile> outlets = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            OutletProfile profile = examples.outlets().get((number - 1) % examples.outlets().size());
            Article article = profile.article();
            Article renamed = new Article(article.file() + "-" + number,
                    article.metadata().withOutletAndTitle(name(number), article.title()), article.paragraphs(),
                    article.removed());
            outlets.add(profile.withAnnotated(new AnnotatedArticle(renamed, profile.annotated().sentences())));
        }
        return new Comparison(examples.toolVersion(), examples.reportDate(), examples.subjectTerms(), outlets,
                List.of(), examples.crossOutlet());
    }
}
