package org.framelens.measure;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.frames.FrameFinder;
import org.framelens.loaded.KindJudge;
import org.framelens.loaded.KindJudgement;
import org.framelens.loaded.LoadedLanguageFinder;
import org.framelens.loaded.LoadedProfile;
import org.framelens.prospect.ProspectJudge;
import org.framelens.prospect.ProspectReader;
import org.framelens.sources.SourceFinder;
import org.framelens.sources.SourceProfile;
import org.framelens.subject.Subject;
import org.framelens.subject.SubjectFinder;

/**
 * The measures beyond hedging and quoting, some of which need all the articles at once: the subject they
 * share, each outlet's prospects of it, its sources with one name per person across outlets, its frames, its
 * loaded language, and whether it reads as news, analysis or opinion.
 */
public final class OutletScorer {

    /** The subject found and the outlets' profiles with every measure, in the order given. */
    public record Scored(Subject subject, List<OutletProfile> outlets) {
        public Scored {
            outlets = List.copyOf(outlets);
        }
    }

    private final SubjectFinder subjects = new SubjectFinder();
    private final ProspectReader prospects = new ProspectReader(new ProspectJudge());
    private final SourceFinder sources = new SourceFinder();
    private final FrameFinder frames = new FrameFinder();
    private final LoadedLanguageFinder loaded = new LoadedLanguageFinder();
    private final KindJudge kindJudge = new KindJudge();

    /** Adds prospect and source measures to each profile; {@code subjectTerms} overrides the subject when given. */
    public Scored score(List<OutletProfile> profiles, List<String> subjectTerms) {
        List<AnnotatedArticle> articles = profiles.stream().map(OutletProfile::annotated).toList();
        Subject subject = subjects.find(articles, subjectTerms);
        List<SourceProfile> voices = sources.profile(articles);
        List<LoadedProfile> loadedProfiles = articles.stream().map(loaded::profile).toList();
        List<KindJudgement> kinds = kindJudge.judgeAll(articles, loadedProfiles);
        List<OutletProfile> scored = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            OutletProfile p = profiles.get(i);
            scored.add(p.withScores(prospects.read(p.annotated(), subject), voices.get(i), frames.profile(p.annotated()),
                    loadedProfiles.get(i), kinds.get(i)));
        }
        return new Scored(subject, scored);
    }
}
