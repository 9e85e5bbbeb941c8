package org.framelens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.annotate.AnnotatedArticle;

/**
 * Judges whether an article reads as news, analysis or opinion, from signals a reader can check in the text,
 * and says why in plain sentences, deciding reasons first.
 *
 * <p>The rule, with the thresholds of {@code article-kind.properties} (names in brackets). "Loaded words" are
 * subjective words, labels, scare quotes and mind reading in the outlet's own voice, per 1,000 of its own words;
 * first person and rhetoric are counted apart.
 * <ul>
 *   <li><b>Opinion</b> when any of these holds:
 *     <ol>
 *       <li>loaded words reach the opinion rate [opinion.loadedPer1k.min]: the attitude runs through the piece;</li>
 *       <li>the writer states views in the first person ("I think", "we must", "in my view")
 *           [opinion.firstPersonViews.min];</li>
 *       <li>the writer uses the first person [opinion.firstPerson.min] and either loaded words above the news
 *           rate [news.loadedPer1k.max] or rhetorical questions and exclamations [opinion.rhetoric.min];</li>
 *       <li>loaded words above the news rate in a piece that lets few sources speak (fewer named sources than
 *           [news.namedSources.min] and less quotation than [news.quotedShare.min]) and that forecasts or uses
 *           rhetoric in its own voice: an argument, not a report.</li>
 *     </ol></li>
 *   <li><b>Analysis</b> when it is not opinion but interprets in its own voice: explainer signposts ("explains
 *       why", "what's next") and own forecasts ("likely to grind on") reach [analysis.interpretation.min], or
 *       loaded words are above the news rate.</li>
 *   <li><b>News</b> otherwise: plain own language and at most a stray signpost or forecast. Named sources and
 *       quotation are given as supporting reasons, since news lets many sources speak.</li>
 * </ul>
 * The rule describes how an article is written, never whether it is right.
 */
public final class KindJudge {

    private final KindThresholds thresholds;
    private final KindSignalReader reader;
    private final PageLabel pageLabel = new PageLabel();

    /** Loads the thresholds and phrase lists of this package from the classpath. */
    public KindJudge() {
        this.thresholds = KindThresholds.load();
        this.reader = new KindSignalReader();
    }

    /** The kind of one article, with reasons that compare its loaded rate with the usual ranges. */
    public KindJudgement judge(AnnotatedArticle article, LoadedProfile loaded) {
        return labelled(article, judge(reader.read(article, loaded), null));
    }

    /** The judgement, overruled by the page's own label ("Opinion columnist") where it has one. */
    private KindJudgement labelled(AnnotatedArticle article, KindJudgement judged) {
        return pageLabel.of(article.article()).map(found -> {
            List<String> reasons = new ArrayList<>();
            reasons.add("The page itself labels it: \u201c" + found.line() + "\u201d.");
            reasons.addAll(judged.reasons());
            return new KindJudgement(found.kind(), reasons, judged.signals());
        }).orElse(judged);
    }

    /**
     * The kinds of several articles on one story, in the same order; the loaded-rate reason compares each with the
     * articles of the set judged news ("news articles in this set: 2.4 to 4.1").
     */
    public List<KindJudgement> judgeAll(List<AnnotatedArticle> articles, List<LoadedProfile> profiles) {
        if (articles.size() != profiles.size()) {
            throw new IllegalArgumentException("one loaded-language profile is needed per article");
        }
        List<KindSignals> signals = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            signals.add(reader.read(articles.get(i), profiles.get(i)));
        }
        List<KindJudgement> first = signals.stream().map(s -> judge(s, null)).toList();
        double[] newsRange = first.stream().filter(j -> j.kind() == ArticleKind.NEWS)
                .mapToDouble(j -> j.signals().authorLoadedPer1k()).sorted().toArray();
        String range = newsRange.length == 0 ? null
                : "news articles in this set: " + rate(newsRange[0]) + " to " + rate(newsRange[newsRange.length - 1]);
        List<KindJudgement> judged = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            judged.add(labelled(articles.get(i), judge(signals.get(i), range)));
        }
        return judged;
    }

    private KindJudgement judge(KindSignals s, String newsRange) {
        KindThresholds t = thresholds;
        boolean loadedAsOpinion = s.authorLoadedPer1k() >= t.opinionLoadedPer1k();
        boolean loadedAboveNews = s.authorLoadedPer1k() > t.newsLoadedPer1k();
        boolean views = s.firstPersonViews().size() >= t.opinionFirstPersonViews();
        boolean firstPerson = s.firstPerson() >= t.opinionFirstPerson();
        boolean rhetoric = s.rhetoric() >= t.opinionRhetoric();
        boolean fewSources = s.namedSources().size() < t.newsNamedSources() && s.quotedShare() < t.newsQuotedShare();
        boolean argued = loadedAboveNews && fewSources && s.predictions().size() + s.rhetoric() >= 1;
        boolean interprets = s.interpretation() >= t.analysisInterpretation();

        String loadedReason = "Loaded words in its own voice: " + rate(s.authorLoadedPer1k()) + " per 1,000 of its own words ("
                + (newsRange != null ? newsRange : "plain news stays at or below " + rate(t.newsLoadedPer1k())
                + "; opinion usually reaches " + rate(t.opinionLoadedPer1k())) + ").";
        List<String> deciding = new ArrayList<>();
        List<String> supporting = new ArrayList<>();
        ArticleKind kind;
        if (loadedAsOpinion || views || firstPerson && (loadedAboveNews || rhetoric) || argued) {
            kind = ArticleKind.OPINION;
            (loadedAboveNews ? deciding : supporting).add(loadedReason);
            (views || firstPerson ? deciding : supporting).add(firstPersonReason(s));
            (rhetoric || argued && s.rhetoric() > 0 ? deciding : supporting).add(rhetoricReason(s));
            (argued ? deciding : supporting).add(sourcesReason(s));
            (argued ? deciding : supporting).add(quotedReason(s));
            addForecastsAndSignposts(s, supporting, argued ? deciding : supporting);
        } else if (interprets || loadedAboveNews) {
            kind = ArticleKind.ANALYSIS;
            addForecastsAndSignposts(s, interprets ? deciding : supporting, interprets ? deciding : supporting);
            (loadedAboveNews ? deciding : supporting).add(loadedReason);
            supporting.add(sourcesReason(s));
            supporting.add(quotedReason(s));
            supporting.add(firstPersonReason(s));
            supporting.add(rhetoricReason(s));
        } else {
            kind = ArticleKind.NEWS;
            deciding.add(loadedReason);
            (s.namedSources().size() >= t.newsNamedSources() ? deciding : supporting).add(sourcesReason(s));
            (s.quotedShare() >= t.newsQuotedShare() ? deciding : supporting).add(quotedReason(s));
            if (s.interpretation() == 0) {
                deciding.add("Makes no forecasts and gives no explainer signposts in its own voice.");
            } else {
                addForecastsAndSignposts(s, supporting, supporting);
            }
            supporting.add(firstPersonReason(s));
            supporting.add(rhetoricReason(s));
        }
        List<String> reasons = new ArrayList<>(deciding);
        reasons.addAll(supporting);
        return new KindJudgement(kind, reasons, s);
    }

    private static void addForecastsAndSignposts(KindSignals s, List<String> explainerTarget, List<String> forecastTarget) {
        if (!s.explainers().isEmpty()) {
            explainerTarget.add("Signposts an explainer: " + quoted(s.explainers()) + ".");
        }
        if (!s.predictions().isEmpty()) {
            forecastTarget.add("Predicts outcomes in its own voice" + times(s.predictions().size()) + ": \u2018"
                    + s.predictions().get(0) + "\u2019.");
        }
    }

    private static String firstPersonReason(KindSignals s) {
        if (s.firstPerson() == 0) {
            return "Never uses the first person in its own voice.";
        }
        String uses = "Uses the first person " + count(s.firstPerson(), "time") + " in its own voice";
        return s.firstPersonViews().isEmpty() ? uses + "." : uses + ", stating views: " + quoted(s.firstPersonViews()) + ".";
    }

    private static String rhetoricReason(KindSignals s) {
        if (s.rhetoric() == 0) {
            return "Asks no rhetorical questions and makes no exclamations in its own voice.";
        }
        List<String> parts = new ArrayList<>();
        if (s.rhetoricalQuestions() > 0) {
            parts.add("asks " + count(s.rhetoricalQuestions(), "rhetorical question"));
        }
        if (s.exclamations() > 0) {
            parts.add("makes " + count(s.exclamations(), "exclamation"));
        }
        String joined = String.join(" and ", parts);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + " in its own voice.";
    }

    private static String sourcesReason(KindSignals s) {
        int n = s.namedSources().size();
        if (n == 0) {
            return "Quotes no named sources.";
        }
        List<String> shown = s.namedSources().subList(0, Math.min(n, 5));
        return "Quotes " + count(n, "named source") + ": " + String.join(", ", shown) + (n > 5 ? " and others." : ".");
    }

    private static String quotedReason(KindSignals s) {
        return String.format(Locale.ROOT, "%.0f%% of its words are quotations.", s.quotedShare() * 100);
    }

    private static String quoted(List<String> phrases) {
        List<String> distinct = phrases.stream().distinct().limit(4).map(p -> "\u2018" + p + "\u2019").toList();
        return String.join(", ", distinct);
    }

    private static String times(int n) {
        return n == 1 ? "" : " (" + n + " times)";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A rate for a reader: whole numbers from 10 up, one decimal below. */
    static String rate(double value) {
        return value >= 10 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
