package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.framelens.measure.Cue;
import org.framelens.measure.CueCategory;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Paragraph;

/**
 * The hedges or the boosters of one outlet: how many were found in how many sentences, then each sentence
 * holding one, printed once in article order with all its cues of that kind marked, up to a limit.
 */
final class CuePassages {

    /** Most sentences printed per outlet and kind of cue; the rest are left to the JSON report. */
    static final int SENTENCE_LIMIT = 6;

    private CuePassages() {
    }

    /** The block of hedges or of boosters. */
    static PassageBlock of(ReportContext context, OutletProfile profile, Map<Integer, Sentence> sentences,
                           CueCategory category) throws IOException {
        ReportText text = context.text();
        String kind = category == CueCategory.HEDGE ? "evidence.hedges" : "evidence.boosters";
        TreeMap<Integer, List<int[]>> bySentence = new TreeMap<>();
        int insideQuotes = 0;
        int cues = 0;
        for (Cue cue : profile.cues(category)) {
            if (sentences.containsKey(cue.sentence())) {
                bySentence.computeIfAbsent(cue.sentence(), i -> new ArrayList<>()).add(new int[] {cue.start(),
                        cue.end()});
                cues++;
                insideQuotes += cue.voice() == Voice.QUOTED ? 1 : 0;
            }
        }
        List<Paragraph> rest = new ArrayList<>();
        for (Map.Entry<Integer, List<int[]>> entry : bySentence.entrySet()) {
            if (rest.size() == SENTENCE_LIMIT) {
                break;
            }
            rest.add(MarkedSentence.of(context, sentences.get(entry.getKey()), null, entry.getValue(), null));
        }
        int more = bySentence.size() - rest.size();
        if (more > 0) {
            String noun = text.get(kind + ".noun");
            rest.add(PassageBlock.more(context, more == 1 ? text.format("evidence.more.one", noun)
                    : text.format("evidence.more.many", context.figures().count(more), noun)));
        }
        return PassageBlock.of(context, text.get(kind), count(context, cues, bySentence.size(), insideQuotes), rest);
    }

    /** "20 in 18 sentences, 3 of them inside quotation marks", or "none found". */
    static String count(ReportContext context, int cues, int sentences, int insideQuotes) {
        ReportText text = context.text();
        FigureFormat format = context.figures();
        if (cues == 0) {
            return text.get("evidence.count.none");
        }
        String count = cues == 1 ? text.get("evidence.count.one")
                : sentences == 1 ? text.format("evidence.count.many.one", format.count(cues))
                : text.format("evidence.count.many", format.count(cues), format.count(sentences));
        if (insideQuotes == cues) {
            return count + text.get("evidence.count.quoted.all");
        }
        return insideQuotes == 0 ? count : count + text.format("evidence.count.quoted", format.count(insideQuotes));
    }
}
