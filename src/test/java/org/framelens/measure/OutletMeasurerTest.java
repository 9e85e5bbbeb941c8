package org.framelens.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;

class OutletMeasurerTest {

    private final OutletMeasurer measurer = new OutletMeasurer(new CueFinder());

    @Test
    void ratesCuesPerThousandWordsOverallAndInOwnVoice() {
        // 10 words: "The talks may fail" (4, own voice) + "It is clearly over she said" (6, 4 quoted).
        OutletProfile profile = measurer.measure(Articles.annotated(
                "The talks may fail.", "\"It is clearly over,\" she said."));
        OutletMetrics m = profile.metrics();
        assertThat(m.words()).isEqualTo(10);
        assertThat(m.sentences()).isEqualTo(2);
        assertThat(m.hedgesPer1k()).isCloseTo(100.0, within(1e-9));
        assertThat(m.boostersPer1k()).isCloseTo(100.0, within(1e-9));
        assertThat(m.authorHedgesPer1k()).isCloseTo(1000.0 / 6, within(1e-9));
        assertThat(m.authorBoostersPer1k()).isCloseTo(0.0, within(1e-9));
        assertThat(m.quotedShare()).isCloseTo(0.4, within(1e-9));
        assertThat(profile.cues(CueCategory.HEDGE)).extracting(Cue::text).containsExactly("may");
    }

    @Test
    void emptyArticleHasZeroRatesNotErrors() {
        OutletMetrics m = measurer.measure(Articles.annotated()).metrics();
        assertThat(m.words()).isZero();
        assertThat(m.hedgesPer1k()).isZero();
        assertThat(m.quotedShare()).isZero();
    }
}
