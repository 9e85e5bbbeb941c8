package org.framelens.measure;

import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.article.Article;

/** Everything measured about one outlet's article, with the cues that produced each figure. */
public record OutletProfile(AnnotatedArticle annotated, OutletMetrics metrics, List<Cue> cues) {

    public OutletProfile {
        cues = List.copyOf(cues);
    }

    public Article article() {
        return annotated.article();
    }

    /** The cues of one category, in text order. */
    public List<Cue> cues(CueCategory category) {
        return cues.stream().filter(c -> c.category() == category).toList();
    }
}
