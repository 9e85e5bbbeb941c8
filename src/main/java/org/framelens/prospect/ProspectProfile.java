package org.framelens.prospect;

import java.util.List;

/**
 * How one outlet frames the subject's chances.
 *
 * @param sentences the judgement of every sentence, in order
 * @param score (optimistic - pessimistic) / (optimistic + pessimistic + neutral), from -1 to +1; 0 when no
 *     sentence speaks of the subject's chances
 * @param authorScore the same over sentences in the outlet's own words
 * @param quotedScore the same over sentences decided by quoted words
 * @param optimistic number of optimistic sentences
 * @param pessimistic number of pessimistic sentences
 * @param neutral number of neutral sentences
 * @param strongestOptimistic up to three sentence indices, the most optimistic first
 * @param strongestPessimistic up to three sentence indices, the most pessimistic first
 */
public record ProspectProfile(List<SentenceProspect> sentences, double score, double authorScore, double quotedScore,
                              int optimistic, int pessimistic, int neutral, List<Integer> strongestOptimistic,
                              List<Integer> strongestPessimistic) {

    public ProspectProfile {
        sentences = List.copyOf(sentences);
        strongestOptimistic = List.copyOf(strongestOptimistic);
        strongestPessimistic = List.copyOf(strongestPessimistic);
    }
}
