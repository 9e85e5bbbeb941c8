package org.framelens.report.pdf;

import java.util.List;

/**
 * A named voice in the "who is heard where" grid: how many sentences give it in each outlet.
 *
 * @param name the voice's name, the same across outlets
 * @param sentences per outlet, in the comparison's order, the sentences quoting or paraphrasing it (0 for none)
 */
record HeardVoice(String name, List<Integer> sentences) {

    HeardVoice {
        sentences = List.copyOf(sentences);
    }

    /** In how many outlets the voice is heard at all. */
    int outlets() {
        return (int) sentences.stream().filter(n -> n > 0).count();
    }

    /** Sentences giving the voice across all outlets. */
    int total() {
        return sentences.stream().mapToInt(Integer::intValue).sum();
    }
}
