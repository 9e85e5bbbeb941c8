package org.framelens.sources;

import java.util.List;

/**
 * One voice an outlet lets speak: a person, organisation or unnamed group the article quotes or paraphrases.
 *
 * @param name the display name, the same for one speaker across all outlets compared ("Volodymyr Zelensky"
 *     for "Zelensky" and "Zelenskyy"); an unnamed source as written ("analysts", "a senior Ukrainian source")
 * @param named whether the text names the speaker (a proper name) rather than describing it
 * @param quoted sentences holding the speaker's words in quotation marks
 * @param paraphrased sentences reporting the speaker without quotation marks ("Lavrov said that ...")
 * @param sentences indices of those sentences in the article, ascending: the evidence
 */
public record SourceVoice(String name, boolean named, int quoted, int paraphrased, List<Integer> sentences) {

    public SourceVoice {
        sentences = List.copyOf(sentences);
    }

    /** Number of sentences that give this voice, quoted or paraphrased. */
    public int total() {
        return quoted + paraphrased;
    }
}
