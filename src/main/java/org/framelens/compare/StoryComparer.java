package org.framelens.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.framelens.measure.OutletProfile;
import org.framelens.measure.OutletScorer;

/**
 * Turns measured outlets into the comparison the reports print: outlets in alphabetical order, scored on the
 * subject they share, then compared with each other.
 */
public final class StoryComparer {

    private final OutletScorer scorer = new OutletScorer();
    private final CrossOutletComparer comparer = new CrossOutletComparer();

    /**
     * Compares the outlets.
     *
     * @param version framelens's version, recorded in the reports
     * @param reportDate the date printed on the reports
     * @param subjectTerms words naming the subject, empty to let framelens find them
     * @param profiles the measured outlets, with distinct names
     * @param problems one line per file that could not be used, printed in the reports
     */
    public Comparison compare(String version, LocalDate reportDate, List<String> subjectTerms,
                              List<OutletProfile> profiles, List<String> problems) {
        List<OutletProfile> ordered = new ArrayList<>(profiles);
        ordered.sort(Comparator.comparing((OutletProfile p) -> p.article().outlet().toLowerCase(Locale.ROOT))
                .thenComparing(p -> p.article().file()));
        OutletScorer.Scored scored = scorer.score(ordered, subjectTerms);
        return new Comparison(version, reportDate, scored.subject().terms(), scored.outlets(), problems,
                comparer.compare(scored.outlets()));
    }
}
