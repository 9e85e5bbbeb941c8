package org.framelens.measure;

/**
 * An outlet's figures on hedging and quoting.
 *
 * @param words word tokens in the cleaned article
 * @param sentences sentences in the cleaned article
 * @param hedgesPer1k hedge cues per 1,000 words, in any voice
 * @param boostersPer1k booster cues per 1,000 words, in any voice
 * @param authorHedgesPer1k hedges in the outlet's own voice per 1,000 of its own words
 * @param authorBoostersPer1k boosters in the outlet's own voice per 1,000 of its own words
 * @param quotedShare share of words inside quotation marks, 0 to 1
 */
public record OutletMetrics(int words, int sentences, double hedgesPer1k, double boostersPer1k,
                            double authorHedgesPer1k, double authorBoostersPer1k, double quotedShare) {
}
