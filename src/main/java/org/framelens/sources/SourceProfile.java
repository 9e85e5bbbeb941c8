package org.framelens.sources;

import java.util.List;

/**
 * Whom one outlet lets speak, and how much of its text is other people's words.
 *
 * @param voices every voice quoted or paraphrased, most sentences first (ties: first heard first)
 * @param distinctVoices number of voices
 * @param namedVoices voices the text names
 * @param anonymousVoices voices the text only describes ("officials", "a source familiar with the talks")
 * @param quotedShare words inside quotation marks / all words, 0 to 1
 * @param unnamedQuotedShare of the quoted words, the share in sentences with no named speaker (an unnamed
 *     source, nobody, or scare quotes), 0 to 1; 0 when nothing is quoted
 */
public record SourceProfile(List<SourceVoice> voices, int distinctVoices, int namedVoices, int anonymousVoices,
                            double quotedShare, double unnamedQuotedShare) {

    public SourceProfile {
        voices = List.copyOf(voices);
    }
}
