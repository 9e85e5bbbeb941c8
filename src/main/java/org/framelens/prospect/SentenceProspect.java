package org.framelens.prospect;

import java.util.List;

/**
 * The prospect of one sentence with the cues behind it.
 *
 * @param sentence index of the sentence in its article
 * @param prospect optimistic, pessimistic, neutral or none
 * @param score the signed sum of cue weights (positive leans optimistic)
 * @param quoted whether the words that decided it are quoted words rather than the outlet's own
 * @param cues the cues that counted, in text order
 * @param fromContext whether the sentence, having no cue of its own, took the leaning of its paragraph
 */
public record SentenceProspect(int sentence, Prospect prospect, double score, boolean quoted, List<ProspectCue> cues,
                               boolean fromContext) {

    public SentenceProspect {
        cues = List.copyOf(cues);
    }

    /** This sentence with the leaning its paragraph gives it. */
    SentenceProspect inContext(Prospect leaning) {
        return new SentenceProspect(sentence, leaning, score, quoted, cues, true);
    }
}
