package org.framelens.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.compare.coverage.CoverageComparer;
import org.framelens.compare.rank.Ranking;
import org.framelens.compare.wording.WordingComparer;
import org.framelens.measure.OutletProfile;

/** Sets the measured outlets side by side: ranks on each measure, likeness of wording, coverage and omissions. */
public final class CrossOutletComparer {

    private final WordingComparer wording = new WordingComparer();
    private final CoverageComparer coverage = new CoverageComparer();

    /** The comparison of these outlets, whose names must differ. */
    public CrossOutlet compare(List<OutletProfile> outlets) {
        List<AnnotatedArticle> articles = outlets.stream().map(OutletProfile::annotated).toList();
        List<String> names = outlets.stream().map(p -> p.article().outlet()).toList();
        Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
        rank(ranks, "hedges_per_1k", outlets, names, p -> p.metrics().hedgesPer1k());
        rank(ranks, "boosters_per_1k", outlets, names, p -> p.metrics().boostersPer1k());
        rank(ranks, "author_hedges_per_1k", outlets, names, p -> p.metrics().authorHedgesPer1k());
        rank(ranks, "author_boosters_per_1k", outlets, names, p -> p.metrics().authorBoostersPer1k());
        rank(ranks, "quoted_share", outlets, names, p -> p.metrics().quotedShare());
        rank(ranks, "prospect_score", outlets, names, p -> p.prospect().score());
        rank(ranks, "loaded_per_1k", outlets, names, p -> p.loaded().per1k());
        rank(ranks, "distinct_voices", outlets, names, p -> p.sources().distinctVoices());
        return new CrossOutlet(ranks, wording.compare(articles), coverage.compare(articles));
    }

    private static void rank(Map<String, Map<String, Integer>> ranks, String measure, List<OutletProfile> outlets,
                             List<String> names, ToDoubleFunction<OutletProfile> value) {
        List<Double> values = outlets.stream().map(p -> value.applyAsDouble(p)).toList();
        ranks.put(measure, Ranking.rank(names, values, true));
    }
}
