package org.framelens.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.Sentence;
import org.framelens.article.Article;
import org.framelens.article.Removal;
import org.framelens.compare.Comparison;
import org.framelens.compare.CrossOutlet;
import org.framelens.compare.coverage.CoverageItem;
import org.framelens.compare.wording.WordingSimilarity;
import org.framelens.measure.Cue;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;
import org.framelens.loaded.LoadedCue;
import org.framelens.loaded.LoadedKind;
import org.framelens.frames.Frame;
import org.framelens.frames.FrameCue;
import org.framelens.frames.SentenceFrames;
import org.framelens.prospect.Prospect;
import org.framelens.prospect.ProspectCue;
import org.framelens.prospect.ProspectProfile;
import org.framelens.prospect.SentenceProspect;
import org.framelens.sources.SourceVoice;

/**
 * Writes the comparison as JSON for other tools and outside checks: every figure with the sentences and cue
 * positions behind it, and every block removed from each page with its reason.
 */
public final class JsonReportWriter {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes the whole comparison to {@code out} as UTF-8 JSON. */
    public void write(Comparison comparison, OutputStream out) throws IOException {
        mapper.writeValue(out, document(comparison));
    }

    private Map<String, Object> document(Comparison comparison) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", comparison.toolVersion());
        root.put("report_date", comparison.reportDate().toString());
        root.put("subject", Map.of("terms", comparison.subjectTerms()));
        List<Object> sources = new ArrayList<>();
        for (OutletProfile profile : comparison.outlets()) {
            sources.add(source(profile));
        }
        root.put("sources", sources);
        root.put("comparison", comparison(comparison.crossOutlet()));
        root.put("problems", comparison.problems());
        return root;
    }

    private Map<String, Object> source(OutletProfile profile) {
        Article article = profile.article();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("outlet", article.outlet());
        source.put("file", article.file());
        source.put("title", article.title());
        source.put("date", article.metadata().date() == null ? null : article.metadata().date().toString());
        source.put("date_approximate", article.metadata().dateApproximate());
        source.put("url", article.metadata().url());
        source.put("author", article.metadata().author());
        OutletMetrics m = profile.metrics();
        source.put("words", m.words());
        source.put("sentences_count", m.sentences());
        List<Object> excluded = new ArrayList<>();
        for (Removal removal : article.removed()) {
            excluded.add(ordered("reason", removal.reason(), "text", removal.text()));
        }
        source.put("excluded", excluded);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("hedges_per_1k", round(m.hedgesPer1k(), 2));
        metrics.put("boosters_per_1k", round(m.boostersPer1k(), 2));
        metrics.put("author_hedges_per_1k", round(m.authorHedgesPer1k(), 2));
        metrics.put("author_boosters_per_1k", round(m.authorBoostersPer1k(), 2));
        metrics.put("quoted_share", round(m.quotedShare(), 4));
        metrics.put("loaded_per_1k", round(profile.loaded().per1k(), 2));
        metrics.put("author_loaded_per_1k", round(profile.loaded().authorPer1k(), 2));
        metrics.put("distinct_voices", profile.sources().distinctVoices());
        metrics.put("named_voices", profile.sources().namedVoices());
        metrics.put("anonymous_voices", profile.sources().anonymousVoices());
        metrics.put("unnamed_quoted_share", round(profile.sources().unnamedQuotedShare(), 4));
        source.put("metrics", metrics);
        source.put("kind", profile.kind().kind().label());
        source.put("kind_reasons", profile.kind().reasons());
        Map<String, Object> loadedCounts = new LinkedHashMap<>();
        for (LoadedKind kind : LoadedKind.values()) {
            loadedCounts.put(kind.label(), profile.loaded().counts().getOrDefault(kind, 0));
        }
        source.put("loaded_counts", loadedCounts);
        source.put("prospect", prospect(profile.prospect()));
        Map<String, Object> frames = new LinkedHashMap<>();
        Map<String, Object> frameExamples = new LinkedHashMap<>();
        for (Frame frame : Frame.values()) {
            frames.put(frame.label(), round(profile.frames().share(frame), 4));
            frameExamples.put(frame.label(), profile.frames().examples().getOrDefault(frame, List.of()));
        }
        source.put("frames", frames);
        source.put("frame_examples", frameExamples);
        Map<Integer, SentenceFrames> framesOf = new java.util.HashMap<>();
        profile.frames().sentences().forEach(f -> framesOf.put(f.sentence(), f));
        List<Object> speakers = new ArrayList<>();
        for (SourceVoice voice : profile.sources().voices()) {
            Map<String, Object> speaker = new LinkedHashMap<>();
            speaker.put("name", voice.name());
            speaker.put("named", voice.named());
            speaker.put("count", voice.total());
            speaker.put("quoted", voice.quoted());
            speaker.put("paraphrased", voice.paraphrased());
            speaker.put("sentences", voice.sentences());
            speakers.add(speaker);
        }
        source.put("speakers", speakers);
        Map<Integer, SentenceProspect> prospectOf = new java.util.HashMap<>();
        profile.prospect().sentences().forEach(p -> prospectOf.put(p.sentence(), p));
        List<Object> sentences = new ArrayList<>();
        for (Sentence s : profile.annotated().sentences()) {
            Map<String, Object> sentence = new LinkedHashMap<>();
            sentence.put("index", s.index());
            sentence.put("paragraph", s.paragraph());
            sentence.put("text", s.text());
            sentence.put("voice", s.voice().label());
            sentence.put("speaker", s.speaker());
            List<Object> quoted = new ArrayList<>();
            for (int[] stretch : s.quotedStretches()) {
                quoted.add(ordered("start", stretch[0], "end", stretch[1]));
            }
            sentence.put("quoted", quoted);
            SentenceProspect judged = prospectOf.get(s.index());
            sentence.put("prospect", judged == null ? Prospect.NONE.label() : judged.prospect().label());
            if (judged != null && !judged.cues().isEmpty()) {
                List<Object> evidence = new ArrayList<>();
                for (ProspectCue cue : judged.cues()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("text", cue.text());
                    e.put("start", cue.start());
                    e.put("end", cue.end());
                    e.put("leans", cue.direction() > 0 ? "optimistic" : "pessimistic");
                    e.put("weight", round(cue.weight(), 2));
                    e.put("negated", cue.negated());
                    evidence.add(e);
                }
                sentence.put("prospect_cues", evidence);
            }
            if (judged != null && judged.fromContext()) {
                sentence.put("prospect_from_context", true);
            }
            SentenceFrames sentenceFrames = framesOf.get(s.index());
            sentence.put("frames", sentenceFrames == null ? List.of()
                    : sentenceFrames.frames().stream().sorted().map(Frame::label).toList());
            if (sentenceFrames != null && !sentenceFrames.cues().isEmpty()) {
                List<Object> frameCues = new ArrayList<>();
                for (FrameCue cue : sentenceFrames.cues()) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("frame", cue.frame().label());
                    c.put("text", cue.text());
                    c.put("start", cue.start());
                    c.put("end", cue.end());
                    frameCues.add(c);
                }
                sentence.put("frame_cues", frameCues);
            }
            sentences.add(sentence);
        }
        source.put("sentences", sentences);
        List<Object> cues = new ArrayList<>();
        for (Cue c : profile.cues()) {
            cues.add(cue(c, null));
        }
        for (LoadedCue loadedCue : profile.loaded().cues()) {
            cues.add(cue(loadedCue.cue(), loadedCue.kind().label()));
        }
        source.put("cues", cues);
        return source;
    }

    private static Map<String, Object> comparison(CrossOutlet cross) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ranks", cross.ranks().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new java.util.TreeMap<>(e.getValue()),
                        (a, b) -> a, LinkedHashMap::new)));
        WordingSimilarity wording = cross.wording();
        List<Object> pairs = new ArrayList<>();
        List<String> outlets = wording.outlets();
        for (int i = 0; i < outlets.size(); i++) {
            for (int j = i + 1; j < outlets.size(); j++) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("a", outlets.get(i));
                pair.put("b", outlets.get(j));
                pair.put("cosine", round(wording.value(outlets.get(i), outlets.get(j)), 3));
                pair.put("shared_terms", wording.sharedTerms(outlets.get(i), outlets.get(j)));
                pairs.add(pair);
            }
        }
        out.put("similarity", pairs);
        List<Object> items = new ArrayList<>();
        for (CoverageItem item : cross.coverage().items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", item.kind().label());
            entry.put("label", item.label());
            entry.put("mentions", item.mentions());
            entry.put("left_out_by", item.leftOutBy());
            items.add(entry);
        }
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("outlets", cross.coverage().outlets());
        coverage.put("items", items);
        out.put("coverage", coverage);
        return out;
    }

    private static Map<String, Object> cue(Cue c, String kind) {
        Map<String, Object> cue = new LinkedHashMap<>();
        cue.put("category", c.category().label());
        if (kind != null) {
            cue.put("kind", kind);
        }
        cue.put("text", c.text());
        cue.put("sentence", c.sentence());
        cue.put("start", c.start());
        cue.put("end", c.end());
        cue.put("voice", c.voice().label());
        return cue;
    }

    private static Map<String, Object> prospect(ProspectProfile p) {
        Map<String, Object> prospect = new LinkedHashMap<>();
        prospect.put("score", round(p.score(), 3));
        prospect.put("author_score", round(p.authorScore(), 3));
        prospect.put("quoted_score", round(p.quotedScore(), 3));
        prospect.put("optimistic", p.optimistic());
        prospect.put("pessimistic", p.pessimistic());
        prospect.put("neutral", p.neutral());
        prospect.put("strongest_optimistic", p.strongestOptimistic());
        prospect.put("strongest_pessimistic", p.strongestPessimistic());
        return prospect;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /** A figure rounded half-up to {@code places} decimals, so the JSON shows what the PDF prints. */
    static BigDecimal round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
