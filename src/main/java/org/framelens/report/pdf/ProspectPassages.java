package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.framelens.measure.OutletProfile;
import org.framelens.prospect.Prospect;
import org.framelens.prospect.ProspectCue;
import org.framelens.prospect.ProspectProfile;
import org.framelens.prospect.SentenceProspect;
import org.framelens.report.pdf.layout.Paragraph;

/**
 * The sentences of one outlet that speak of the subject's chances one way or the other, in article order, each
 * labelled optimistic or pessimistic in words, with the words that decided it marked and a note where a word
 * was negated, pulls the other way, or where the sentence is scored as another voice than it looks.
 */
final class ProspectPassages {

    /** Most sentences printed per outlet and leaning; the rest are left to the JSON report. */
    static final int SENTENCE_LIMIT = 4;

    private ProspectPassages() {
    }

    /** The block of prospect sentences. */
    static PassageBlock of(ReportContext context, OutletProfile profile, Map<Integer, Sentence> sentences)
            throws IOException {
        ReportText text = context.text();
        ProspectProfile prospect = profile.prospect();
        Map<Prospect, Integer> found = new EnumMap<>(Prospect.class);
        List<Paragraph> rest = new ArrayList<>();
        for (SentenceProspect judged : leaning(prospect, sentences)) {
            int seen = found.merge(judged.prospect(), 1, Integer::sum);
            if (seen <= SENTENCE_LIMIT) {
                rest.add(MarkedSentence.of(context, sentences.get(judged.sentence()), label(text, judged),
                        judged.cues().stream().map(c -> new int[] {c.start(), c.end()}).toList(),
                        note(text, judged, sentences.get(judged.sentence()))));
            }
        }
        for (Prospect leaning : List.of(Prospect.OPTIMISTIC, Prospect.PESSIMISTIC)) {
            int more = found.getOrDefault(leaning, 0) - SENTENCE_LIMIT;
            if (more > 0) {
                String word = text.get("outlet.prospects.more." + leaning.label());
                rest.add(PassageBlock.more(context, more == 1 ? text.format("outlet.prospects.more.one", word)
                        : text.format("outlet.prospects.more.many", context.figures().count(more), word)));
            }
        }
        FigureFormat figures = context.figures();
        String about = prospect.optimistic() + prospect.pessimistic() + prospect.neutral() == 0
                ? text.format("outlet.prospects.none", context.subjectName())
                : text.format("outlet.prospects.count", figures.count(prospect.optimistic()),
                        figures.count(prospect.pessimistic()), figures.count(prospect.neutral()),
                        context.subjectName());
        return PassageBlock.of(context, text.get("outlet.prospects"), about, rest);
    }

    /** The optimistic and pessimistic judgements of sentences the article has, in article order. */
    static List<SentenceProspect> leaning(ProspectProfile prospect, Map<Integer, Sentence> sentences) {
        return prospect.sentences().stream()
                .filter(s -> s.prospect() == Prospect.OPTIMISTIC || s.prospect() == Prospect.PESSIMISTIC)
                .filter(s -> sentences.containsKey(s.sentence()))
                .sorted(java.util.Comparator.comparingInt(SentenceProspect::sentence))
                .toList();
    }

    private static String label(ReportText text, SentenceProspect judged) {
        return text.get("outlet.prospects." + judged.prospect().label());
    }

    /**
     * What the reader needs besides whose words it is: that the sentence has no deciding word of its own, which
     * marked words were negated or pull the other way, and whose voice it is scored as where that is not plain.
     */
    static String note(ReportText text, SentenceProspect judged, Sentence sentence) {
        List<String> notes = new ArrayList<>();
        if (judged.cues().isEmpty()) {
            notes.add(text.get("outlet.prospects.context"));
        }
        int leaning = judged.prospect() == Prospect.OPTIMISTIC ? 1 : -1;
        for (ProspectCue cue : judged.cues()) {
            if (cue.negated()) {
                notes.add(text.format("outlet.prospects.negated", cue.text(),
                        (cue.direction() > 0 ? Prospect.OPTIMISTIC : Prospect.PESSIMISTIC).label()));
            } else if (Integer.signum(cue.direction()) == -leaning) {
                notes.add(text.format("outlet.prospects.against", cue.text()));
            }
        }
        Voice voice = sentence.voice() == null ? Voice.AUTHOR : sentence.voice();
        boolean plain = voice == Voice.AUTHOR && !judged.quoted() || voice == Voice.QUOTED && judged.quoted();
        if (!plain) {
            notes.add(text.get(judged.quoted() ? "outlet.prospects.scored.quoted" : "outlet.prospects.scored.own"));
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }
}
