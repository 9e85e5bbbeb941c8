package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.framelens.loaded.LoadedCue;
import org.framelens.loaded.LoadedKind;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Paragraph;

/**
 * The loaded language of one outlet: how many loaded words and devices in how many sentences and of which kinds,
 * then each sentence holding one, in article order with the loaded words marked and their kinds named in words.
 */
final class LoadedPassages {

    /** Most sentences printed per outlet; the rest are left to the JSON report. */
    static final int SENTENCE_LIMIT = 5;

    private LoadedPassages() {
    }

    /** The block of loaded-language sentences. */
    static PassageBlock of(ReportContext context, OutletProfile profile, Map<Integer, Sentence> sentences)
            throws IOException {
        ReportText text = context.text();
        TreeMap<Integer, List<LoadedCue>> bySentence = new TreeMap<>();
        int insideQuotes = 0;
        int cues = 0;
        for (LoadedCue cue : profile.loaded().cues()) {
            if (sentences.containsKey(cue.cue().sentence())) {
                bySentence.computeIfAbsent(cue.cue().sentence(), i -> new ArrayList<>()).add(cue);
                cues++;
                insideQuotes += cue.cue().voice() == Voice.QUOTED ? 1 : 0;
            }
        }
        List<Paragraph> rest = new ArrayList<>();
        for (Map.Entry<Integer, List<LoadedCue>> entry : bySentence.entrySet()) {
            if (rest.size() == SENTENCE_LIMIT) {
                break;
            }
            List<int[]> marks = entry.getValue().stream().map(c -> new int[] {c.cue().start(), c.cue().end()})
                    .toList();
            rest.add(MarkedSentence.of(context, sentences.get(entry.getKey()), null, marks, kinds(entry.getValue())));
        }
        int more = bySentence.size() - rest.size();
        if (more > 0) {
            String noun = text.get("outlet.loaded.noun");
            rest.add(PassageBlock.more(context, more == 1 ? text.format("evidence.more.one", noun)
                    : text.format("evidence.more.many", context.figures().count(more), noun)));
        }
        String about = CuePassages.count(context, cues, bySentence.size(), insideQuotes);
        String byKind = byKind(context, profile);
        return PassageBlock.of(context, text.get("outlet.loaded"),
                byKind.isEmpty() ? about : about + "; " + text.format("outlet.loaded.kinds", byKind), rest);
    }

    /** The kinds of a sentence's loaded words, in the order they first occur: "subjective words, scare quotes". */
    static String kinds(List<LoadedCue> cues) {
        Set<String> kinds = new LinkedHashSet<>();
        for (LoadedCue cue : cues) {
            kinds.add(cue.kind().description());
        }
        return String.join(", ", kinds);
    }

    /** Each kind found with its count, in the order of the kinds: "subjective words 22 · labels and name-calling 9". */
    private static String byKind(ReportContext context, OutletProfile profile) {
        List<String> parts = new ArrayList<>();
        for (LoadedKind kind : LoadedKind.values()) {
            int count = profile.loaded().counts().get(kind);
            if (count > 0) {
                parts.add(context.text().format("outlet.loaded.kind", kind.description(),
                        context.figures().count(count)));
            }
        }
        return String.join(" · ", parts);
    }
}
