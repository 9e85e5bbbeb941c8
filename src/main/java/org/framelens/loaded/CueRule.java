package org.framelens.loaded;

import java.util.List;
import org.framelens.annotate.AnnotatedArticle;

/** One way of finding loaded language in a sentence; the article is there for rules that look around it. */
interface CueRule {

    /** The cues this rule finds in the sentence, in any order. */
    List<LoadedCue> find(SentenceText text, AnnotatedArticle article);
}
