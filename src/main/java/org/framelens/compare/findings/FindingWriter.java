package org.framelens.compare.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import org.framelens.compare.Comparison;
import org.framelens.loaded.ArticleKind;
import org.framelens.measure.OutletProfile;

/**
 * Picks the few differences between outlets that are clear enough to state in plain words on the report's cover.
 * Finding types come in a fixed order (hedging and boosting, prospect, voices, loaded words, quoting, kind), each
 * stated only when {@link ClearDifference} says the gap is clear, so the same figures always give the same list.
 */
public final class FindingWriter {

    /** The cover has room for this many findings; later types give way to earlier ones. */
    public static final int MAX_FINDINGS = 5;

    private final FindingText text = FindingText.standard();

    /** Up to {@value #MAX_FINDINGS} findings about the comparison, in priority order; none when nothing is clear. */
    public List<Finding> findings(Comparison comparison) {
        List<OutletProfile> outlets = comparison.outlets();
        String subject = comparison.subjectTerms().isEmpty() ? text.get("subject.none") : comparison.subjectTerms().get(0);
        List<Finding> found = new ArrayList<>();
        if (outlets.size() == 1) {
            describeOne(outlets.get(0), subject, found);
        } else if (outlets.size() > 1) {
            hedging(outlets, found);
            prospect(outlets, subject, found);
            contrast("voices", "measure.voices", values(outlets, p -> p.sources().distinctVoices()),
                    ClearDifference.VOICES, text::count, found);
            loaded(outlets, found);
            contrast("quoted", "measure.quoted", values(outlets, p -> p.metrics().quotedShare()),
                    ClearDifference.QUOTED, text::percent, found);
            kind(outlets, found);
        }
        return List.copyOf(found.subList(0, Math.min(MAX_FINDINGS, found.size())));
    }

    /** Fewer hedges and more boosters in the outlet's own words, together when one outlet does both. */
    private void hedging(List<OutletProfile> outlets, List<Finding> found) {
        List<OutletValue> hedges = values(outlets, p -> p.metrics().authorHedgesPer1k());
        List<OutletValue> boosters = values(outlets, p -> p.metrics().authorBoostersPer1k());
        ClearDifference rule = ClearDifference.RATES;
        Optional<Standout> fewestHedges = rule.lowest(hedges).filter(Standout::single);
        Optional<Standout> mostBoosters = rule.highest(boosters).filter(Standout::single);
        boolean pair = outlets.size() == 2;
        if (fewestHedges.isPresent() && mostBoosters.isPresent()
                && fewestHedges.get().names().equals(mostBoosters.get().names())) {
            String outlet = fewestHedges.get().names().get(0);
            double ownHedges = fewestHedges.get().members().get(0).value();
            double ownBoosters = mostBoosters.get().members().get(0).value();
            String sentence = pair
                    ? text.format("hedges.pair.lessBoostersMore", outlet, other(hedges, outlet).outlet(),
                            text.rate(ownHedges), text.rate(other(hedges, outlet).value()),
                            text.rate(ownBoosters), text.rate(other(boosters, outlet).value()))
                    : text.format("hedges.leastBoostersMost", outlet, text.rate(ownHedges), text.rate(ownBoosters));
            found.add(new Finding(sentence, text.get("measure.hedgesBoosters")));
            return;
        }
        contrastHigh("hedges", "measure.hedges", hedges, rule, text::rate, found);
        contrastHigh("boosters", "measure.boosters", boosters, rule, text::rate, found);
    }

    /** Only the clearly highest outlets on a measure, or the higher of two. */
    private void contrastHigh(String type, String measureKey, List<OutletValue> values, ClearDifference rule,
                              DoubleFunction<String> figure, List<Finding> found) {
        Optional<Standout> high = rule.highest(values);
        if (high.isEmpty()) {
            return;
        }
        Standout standout = high.get();
        String sentence = values.size() == 2
                ? text.format(type + ".pair.more", standout.names().get(0), standout.rest().get(0).outlet(),
                        figure.apply(standout.members().get(0).value()), figure.apply(standout.next()))
                : text.format(type + ".most", text.names(standout.names()), figures(standout, figure),
                        figure.apply(standout.next()));
        found.add(new Finding(sentence, text.get(measureKey)));
    }

    /** The clearly highest and lowest outlets on a measure, or the higher of two. */
    private void contrast(String type, String measureKey, List<OutletValue> values, ClearDifference rule,
                          DoubleFunction<String> figure, List<Finding> found) {
        Optional<Standout> high = rule.highest(values);
        Optional<Standout> low = rule.lowest(values);
        String sentence;
        if (values.size() == 2) {
            if (high.isEmpty()) {
                return;
            }
            sentence = text.format(type + ".pair", high.get().names().get(0), high.get().rest().get(0).outlet(),
                    figure.apply(high.get().members().get(0).value()), figure.apply(high.get().next()));
        } else if (high.isPresent() && low.isPresent()) {
            sentence = text.format(type + ".both", text.names(high.get().names()), figures(high.get(), figure),
                    text.names(low.get().names()), figures(low.get(), figure));
        } else if (high.isPresent() || low.isPresent()) {
            Standout standout = high.orElseGet(low::get);
            sentence = text.format(type + (high.isPresent() ? ".high" : ".low"), text.names(standout.names()),
                    figures(standout, figure), figure.apply(standout.next()));
        } else {
            return;
        }
        found.add(new Finding(sentence, text.get(measureKey)));
    }

    /** The most hopeful and most pessimistic framing of the subject's chances. */
    private void prospect(List<OutletProfile> outlets, String subject, List<Finding> found) {
        List<OutletValue> scores = values(outlets, p -> p.prospect().score());
        ClearDifference rule = ClearDifference.PROSPECT;
        Optional<Standout> high = rule.highest(scores);
        Optional<Standout> low = rule.lowest(scores);
        String sentence;
        if (outlets.size() == 2) {
            if (high.isEmpty()) {
                return;
            }
            sentence = text.format("prospect.pair", high.get().names().get(0), subject,
                    high.get().rest().get(0).outlet(), text.score(high.get().members().get(0).value()),
                    text.score(high.get().next()));
        } else if (high.isPresent() && low.isPresent()) {
            sentence = text.format("prospect.both", text.names(high.get().names()), subject, highAdverb(high.get()),
                    figures(high.get(), text::score), text.names(low.get().names()), lowAdverb(low.get()),
                    figures(low.get(), text::score));
        } else if (high.isPresent()) {
            sentence = text.format("prospect.high", text.names(high.get().names()), subject, highAdverb(high.get()),
                    figures(high.get(), text::score), text.score(high.get().next()));
        } else if (low.isPresent()) {
            sentence = text.format("prospect.low", text.names(low.get().names()), subject, lowAdverb(low.get()),
                    figures(low.get(), text::score), text.score(low.get().next()));
        } else {
            return;
        }
        found.add(new Finding(sentence, text.get("measure.prospect")));
    }

    /** "most hopefully" only when the score leans hopeful; otherwise "least pessimistically". */
    private String highAdverb(Standout high) {
        boolean hopeful = high.members().stream().allMatch(v -> v.value() > 0);
        return text.get(hopeful ? "prospect.adverb.high.positive" : "prospect.adverb.high.other");
    }

    /** "most pessimistically" only when the score leans pessimistic; otherwise "least hopefully". */
    private String lowAdverb(Standout low) {
        boolean gloomy = low.members().stream().allMatch(v -> v.value() < 0);
        return text.get(gloomy ? "prospect.adverb.low.negative" : "prospect.adverb.low.other");
    }

    /** The outlets clearly highest on loaded words, set against the clearly lowest or the rest. */
    private void loaded(List<OutletProfile> outlets, List<Finding> found) {
        List<OutletValue> rates = values(outlets, p -> p.loaded().per1k());
        Optional<Standout> high = ClearDifference.RATES.highest(rates);
        if (high.isEmpty()) {
            return;
        }
        Standout top = high.get();
        List<OutletValue> rest = top.rest();
        Optional<Standout> low = ClearDifference.RATES.lowest(rates).filter(Standout::single)
                .filter(s -> !top.names().contains(s.names().get(0)));
        String sentence;
        if (rest.size() == 1 || low.isPresent()) {
            OutletValue lowest = rest.size() == 1 ? rest.get(0) : low.get().members().get(0);
            sentence = lowest.value() == 0
                    ? text.format("loaded.vsNone", text.names(top.names()), figures(top, text::rate), lowest.outlet())
                    : text.format("loaded.vsOne", text.names(top.names()), text.times(top.mean() / lowest.value()),
                            lowest.outlet(), figures(top, text::rate), text.rate(lowest.value()));
        } else {
            double restMean = rest.stream().mapToDouble(OutletValue::value).average().orElse(0);
            double restLow = rest.get(rest.size() - 1).value();
            double restHigh = rest.get(0).value();
            String restFigures = text.rate(restLow) + "–" + text.rate(restHigh);
            sentence = restMean == 0
                    ? text.format("loaded.vsNone", text.names(top.names()), figures(top, text::rate),
                            text.get("loaded.others"))
                    : text.format("loaded.vsRest", text.names(top.names()), text.times(top.mean() / restMean),
                            figures(top, text::rate), restFigures);
        }
        found.add(new Finding(sentence, text.get("measure.loaded")));
    }

    /** Which outlets read as opinion, when some but not all do. */
    private void kind(List<OutletProfile> outlets, List<Finding> found) {
        List<String> opinion = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (OutletProfile profile : outlets) {
            (profile.kind().kind() == ArticleKind.OPINION ? opinion : others).add(name(profile));
        }
        if (opinion.isEmpty() || others.isEmpty()) {
            return;
        }
        String rest = others.size() <= 2 ? text.names(others.stream().sorted().toList())
                : text.format("kind.others", others.size());
        found.add(new Finding(text.format("kind.opinion", text.names(opinion.stream().sorted().toList()), rest),
                text.get("measure.kind")));
    }

    /** Descriptive findings about a single outlet: its prospect when it leans clearly, its voices, its kind. */
    private void describeOne(OutletProfile profile, String subject, List<Finding> found) {
        String outlet = name(profile);
        double score = profile.prospect().score();
        if (Math.abs(score) >= ClearDifference.PROSPECT.minGap()) {
            found.add(new Finding(text.format(score > 0 ? "prospect.one.positive" : "prospect.one.negative", outlet,
                    subject, text.score(score)), text.get("measure.prospect")));
        }
        int voices = profile.sources().distinctVoices();
        if (voices == 1) {
            found.add(new Finding(text.format("voices.one.single", outlet), text.get("measure.voices")));
        } else if (voices > 1) {
            found.add(new Finding(text.format("voices.one", outlet, text.count(voices),
                    text.count(profile.sources().namedVoices())), text.get("measure.voices")));
        }
        if (profile.kind().signals() != null) {
            found.add(new Finding(text.format("kind.one", outlet, profile.kind().kind().label()),
                    text.get("measure.kind")));
        }
    }

    /** The standing-out outlets' figures, joined: "37.0 and 33.5", or "22% each" when they print alike. */
    private String figures(Standout standout, DoubleFunction<String> figure) {
        List<String> printed = standout.members().stream().map(v -> figure.apply(v.value())).toList();
        if (printed.size() > 1 && printed.stream().distinct().count() == 1) {
            return text.format("each", printed.get(0));
        }
        return text.names(printed);
    }

    private List<OutletValue> values(List<OutletProfile> outlets, ToDoubleFunction<OutletProfile> measure) {
        return outlets.stream().map(p -> new OutletValue(name(p), measure.applyAsDouble(p))).toList();
    }

    private static OutletValue other(List<OutletValue> values, String outlet) {
        return values.stream().filter(v -> !v.outlet().equals(outlet)).findFirst().orElseThrow();
    }

    private String name(OutletProfile profile) {
        String name = profile.article().outlet();
        return name == null || name.isBlank() ? text.get("outlet.unnamed") : name.strip();
    }
}
