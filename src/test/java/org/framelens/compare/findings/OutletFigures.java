package org.framelens.compare.findings;

import java.time.LocalDate;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;
import org.framelens.compare.Comparison;
import org.framelens.loaded.ArticleKind;
import org.framelens.loaded.KindJudgement;
import org.framelens.loaded.KindSignals;
import org.framelens.loaded.LoadedProfile;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;
import org.framelens.prospect.ProspectProfile;
import org.framelens.sources.SourceProfile;

/**
 * Made-up figures for one outlet, built into a profile the way the pipeline would fill it. Every outlet starts
 * with the same middling figures, so a test changes only the measure it is about.
 */
record OutletFigures(String name, double ownHedges, double ownBoosters, double quotedShare, double prospect,
                     int voices, int namedVoices, double loadedPer1k, ArticleKind kind) {

    static final LocalDate REPORT_DATE = LocalDate.of(2026, 1, 1);

    /** An outlet with the shared middling figures. */
    static OutletFigures outlet(String name) {
        return new OutletFigures(name, 10.0, 3.0, 0.10, 0.0, 5, 5, 10.0, ArticleKind.NEWS);
    }

    OutletFigures hedges(double own, double boosters) {
        return new OutletFigures(name, own, boosters, quotedShare, prospect, voices, namedVoices, loadedPer1k, kind);
    }

    OutletFigures quoted(double share) {
        return new OutletFigures(name, ownHedges, ownBoosters, share, prospect, voices, namedVoices, loadedPer1k, kind);
    }

    OutletFigures prospect(double score) {
        return new OutletFigures(name, ownHedges, ownBoosters, quotedShare, score, voices, namedVoices, loadedPer1k, kind);
    }

    OutletFigures voices(int all, int named) {
        return new OutletFigures(name, ownHedges, ownBoosters, quotedShare, prospect, all, named, loadedPer1k, kind);
    }

    OutletFigures loaded(double per1k) {
        return new OutletFigures(name, ownHedges, ownBoosters, quotedShare, prospect, voices, namedVoices, per1k, kind);
    }

    OutletFigures kind(ArticleKind newKind) {
        return new OutletFigures(name, ownHedges, ownBoosters, quotedShare, prospect, voices, namedVoices, loadedPer1k,
                newKind);
    }

    /** The profile, with a judged kind (signals present) as the pipeline writes it. */
    OutletProfile profile() {
        ArticleMetadata metadata = new ArticleMetadata(name, name + " headline", REPORT_DATE, false, null, null);
        Article article = new Article("input/" + name + ".txt", metadata, List.of(name + " headline"), List.of());
        OutletMetrics metrics = new OutletMetrics(1000, 40, ownHedges, ownBoosters, ownHedges, ownBoosters,
                quotedShare);
        ProspectProfile prospects = new ProspectProfile(List.of(), prospect, prospect, 0, 0, 0, 0, List.of(), List.of());
        SourceProfile sources = new SourceProfile(List.of(), voices, namedVoices, voices - namedVoices, quotedShare, 0);
        LoadedProfile loaded = new LoadedProfile(List.of(), 1000, 900, loadedPer1k, loadedPer1k, java.util.Map.of());
        KindSignals signals = new KindSignals(0, List.of(), loadedPer1k, 0, 0, List.of(), quotedShare, List.of(),
                List.of());
        return new OutletProfile(new AnnotatedArticle(article, List.of()), metrics, List.of())
                .withScores(prospects, sources, OutletProfile.NO_FRAMES, loaded,
                        new KindJudgement(kind, List.of("Made up for a test."), signals));
    }

    /** A comparison of these outlets about the peace plan. */
    static Comparison comparison(OutletFigures... outlets) {
        return new Comparison("0.1.0", REPORT_DATE, List.of("peace plan", "deal"),
                java.util.Arrays.stream(outlets).map(OutletFigures::profile).toList(), List.of());
    }
}
