package org.framelens.report.pdf;

import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;
import org.framelens.measure.CueCategory;
import org.framelens.measure.OutletProfile;

/**
 * Hedges and boosters per 1,000 words in one voice of an article: the outlet's own words, or the words it puts
 * in quotation marks. Words and cues are counted as {@code OutletMeasurer} counts them (word tokens; a cue is
 * quoted when it lies inside quotation marks), so the two voices together make up the article.
 *
 * @param words word tokens in this voice
 * @param hedgesPer1k hedges in this voice per 1,000 of its words, 0 when it has none
 * @param boostersPer1k boosters in this voice per 1,000 of its words, 0 when it has none
 */
record VoiceRates(int words, double hedgesPer1k, double boostersPer1k) {

    /** The outlet's own words, outside quotation marks, with the rates the model measured for them. */
    static VoiceRates own(OutletProfile profile) {
        int ownWords = Math.max(0, profile.metrics().words() - quotedWords(profile));
        return new VoiceRates(ownWords, profile.metrics().authorHedgesPer1k(),
                profile.metrics().authorBoostersPer1k());
    }

    /** The words the outlet quotes, with hedges and boosters inside quotation marks per 1,000 of them. */
    static VoiceRates quoted(OutletProfile profile) {
        int words = quotedWords(profile);
        return new VoiceRates(words, perThousand(quotedCues(profile, CueCategory.HEDGE), words),
                perThousand(quotedCues(profile, CueCategory.BOOSTER), words));
    }

    /** Whether this voice has any words, so that its rates mean something. */
    boolean hasWords() {
        return words > 0;
    }

    /** Word tokens inside quotation marks across the article. */
    private static int quotedWords(OutletProfile profile) {
        int words = 0;
        for (Sentence sentence : profile.annotated().sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.isWord() && token.quoted()) {
                    words++;
                }
            }
        }
        return words;
    }

    private static long quotedCues(OutletProfile profile, CueCategory category) {
        return profile.cues().stream().filter(c -> c.category() == category && c.voice() == Voice.QUOTED).count();
    }

    private static double perThousand(long count, int words) {
        return words == 0 ? 0.0 : count * 1000.0 / words;
    }
}
