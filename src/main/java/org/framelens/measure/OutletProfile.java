package org.framelens.measure;

import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.article.Article;
import org.framelens.frames.FrameProfile;
import org.framelens.loaded.ArticleKind;
import org.framelens.loaded.KindJudgement;
import org.framelens.loaded.LoadedProfile;
import org.framelens.prospect.ProspectProfile;
import org.framelens.sources.SourceProfile;

/**
 * Everything measured about one outlet's article, with the evidence that produced each figure.
 *
 * @param annotated the article as annotated
 * @param metrics hedging, boosting and quoting rates
 * @param cues every hedge and booster found
 * @param prospect how the article frames the subject's chances
 * @param sources whom the article quotes or paraphrases
 * @param frames which news frames its sentences use
 * @param loaded its loaded words and other marks of opinion
 * @param kind whether it reads as news, analysis or opinion, and why
 */
public record OutletProfile(AnnotatedArticle annotated, OutletMetrics metrics, List<Cue> cues, ProspectProfile prospect,
                            SourceProfile sources, FrameProfile frames, LoadedProfile loaded, KindJudgement kind) {

    /** Nothing measured yet about prospects. */
    public static final ProspectProfile NO_PROSPECT =
            new ProspectProfile(List.of(), 0, 0, 0, 0, 0, 0, List.of(), List.of());
    /** Nothing measured yet about sources. */
    public static final SourceProfile NO_SOURCES = new SourceProfile(List.of(), 0, 0, 0, 0, 0);
    /** Nothing measured yet about frames. */
    public static final FrameProfile NO_FRAMES = FrameProfile.of(List.of());
    /** Nothing measured yet about loaded language. */
    public static final LoadedProfile NO_LOADED = new LoadedProfile(List.of(), 0, 0, 0, 0, java.util.Map.of());
    /** No judgement yet of the article's kind. */
    public static final KindJudgement NO_KIND = new KindJudgement(ArticleKind.NEWS, List.of(), null);

    public OutletProfile {
        cues = List.copyOf(cues);
    }

    /** A profile with hedges, boosters and quoting only, before the outlets are compared. */
    public OutletProfile(AnnotatedArticle annotated, OutletMetrics metrics, List<Cue> cues) {
        this(annotated, metrics, cues, NO_PROSPECT, NO_SOURCES, NO_FRAMES, NO_LOADED, NO_KIND);
    }

    public Article article() {
        return annotated.article();
    }

    /** The cues of one category, in text order. */
    public List<Cue> cues(CueCategory category) {
        return cues.stream().filter(c -> c.category() == category).toList();
    }

    /** This profile with the measures that come after hedging and quoting added. */
    public OutletProfile withScores(ProspectProfile newProspect, SourceProfile newSources, FrameProfile newFrames,
                                    LoadedProfile newLoaded, KindJudgement newKind) {
        return new OutletProfile(annotated, metrics, cues, newProspect, newSources, newFrames, newLoaded, newKind);
    }

    /** This profile for a renamed article (same measures). */
    public OutletProfile withAnnotated(AnnotatedArticle renamed) {
        return new OutletProfile(renamed, metrics, cues, prospect, sources, frames, loaded, kind);
    }
}
