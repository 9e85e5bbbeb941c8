package org.framelens.prospect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.subject.Subject;
import org.framelens.subject.SubjectMatcher;

/**
 * Reads a whole article for how it frames the subject's chances: judges each sentence, lets a sentence with no
 * cue of its own take the clear leaning of its neighbours in the paragraph (as a reader does: "Peace games
 * from the Russian dictator" reads as doubt after a paragraph of doubt), and sums up per outlet and voice.
 */
public final class ProspectReader {

    /** Neighbours' cue scores must add up to this much for a cue-less sentence to take their leaning. */
    static final double CONTEXT_LEANING = 2.0;
    private static final int NEIGHBOURS = 2;
    private static final int STRONGEST = 3;

    private final ProspectJudge judge;

    public ProspectReader(ProspectJudge judge) {
        this.judge = judge;
    }

    /** The prospect profile of one article about the given subject. */
    public ProspectProfile read(AnnotatedArticle article, Subject subject) {
        SubjectMatcher matcher = new SubjectMatcher(subject);
        List<Sentence> sentences = article.sentences();
        Set<Integer> topical = new HashSet<>();
        for (Sentence s : sentences) {
            if (judge.onTopic(s, matcher)) {
                topical.add(s.paragraph());
            }
        }
        List<SentenceProspect> judged = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            judged.add(judge.judge(s, matcher, topical.contains(s.paragraph())));
        }
        List<SentenceProspect> read = new ArrayList<>(judged);
        for (int i = 0; i < sentences.size(); i++) {
            SentenceProspect own = judged.get(i);
            if (own.prospect() != Prospect.NEUTRAL || !own.cues().isEmpty()) {
                continue;
            }
            double around = 0;
            for (int j = Math.max(0, i - NEIGHBOURS); j <= Math.min(sentences.size() - 1, i + NEIGHBOURS); j++) {
                if (j != i && sentences.get(j).paragraph() == sentences.get(i).paragraph()) {
                    around += judged.get(j).score();
                }
            }
            if (around <= -CONTEXT_LEANING) {
                read.set(i, own.inContext(Prospect.PESSIMISTIC));
            } else if (around >= CONTEXT_LEANING) {
                read.set(i, own.inContext(Prospect.OPTIMISTIC));
            }
        }
        return new ProspectProfile(read, score(read, p -> true), score(read, p -> !p.quoted()),
                score(read, SentenceProspect::quoted), count(read, Prospect.OPTIMISTIC), count(read, Prospect.PESSIMISTIC),
                count(read, Prospect.NEUTRAL), strongest(read, Prospect.OPTIMISTIC), strongest(read, Prospect.PESSIMISTIC));
    }

    /** (optimistic - pessimistic) / (optimistic + pessimistic + neutral) over the chosen sentences. */
    static double score(List<SentenceProspect> sentences, Predicate<SentenceProspect> which) {
        int optimistic = 0;
        int pessimistic = 0;
        int all = 0;
        for (SentenceProspect p : sentences) {
            if (p.prospect() == Prospect.NONE || !which.test(p)) {
                continue;
            }
            all++;
            if (p.prospect() == Prospect.OPTIMISTIC) {
                optimistic++;
            } else if (p.prospect() == Prospect.PESSIMISTIC) {
                pessimistic++;
            }
        }
        return all == 0 ? 0.0 : (optimistic - pessimistic) / (double) all;
    }

    private static int count(List<SentenceProspect> sentences, Prospect prospect) {
        return (int) sentences.stream().filter(p -> p.prospect() == prospect).count();
    }

    /** The sentences of one leaning with the strongest cues, strongest first, ties in text order. */
    private static List<Integer> strongest(List<SentenceProspect> sentences, Prospect prospect) {
        return sentences.stream()
                .filter(p -> p.prospect() == prospect && !p.fromContext())
                .sorted(Comparator.comparingDouble((SentenceProspect p) -> -Math.abs(p.score()))
                        .thenComparingInt(SentenceProspect::sentence))
                .limit(STRONGEST)
                .map(SentenceProspect::sentence)
                .toList();
    }
}
