package org.framelens.measure;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.prospect.ProspectJudge;
import org.framelens.prospect.ProspectReader;
import org.framelens.sources.SourceFinder;
import org.framelens.sources.SourceProfile;
import org.framelens.subject.Subject;
import org.framelens.subject.SubjectFinder;

/**
 * The measures that need all the articles at once: the subject they share, then each outlet's prospects of
 * it, and its sources with one name per person across outlets.
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

    /** Adds prospect and source measures to each profile; {@code subjectTerms} overrides the subject when given. */
    public Scored score(List<OutletProfile> profiles, List<String> subjectTerms) {
        List<AnnotatedArticle> articles = profiles.stream().map(OutletProfile::annotated).toList();
        Subject subject = subjects.find(articles, subjectTerms);
        List<SourceProfile> voices = sources.profile(articles);
        List<OutletProfile> scored = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            OutletProfile p = profiles.get(i);
            scored.add(p.withScores(prospects.read(p.annotated(), subject), voices.get(i)));
        }
        return new Scored(subject, scored);
    }
}
