package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.framelens.compare.Comparison;
import org.framelens.measure.CueFinder;
import org.framelens.measure.OutletMeasurer;
import org.framelens.measure.OutletProfile;
import org.framelens.testing.Articles;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoiceRatesTest {

    private static final OutletMeasurer MEASURER = new OutletMeasurer(new CueFinder());

    /** Quoted words and quoted hedges and boosters counted by hand in each text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // may, fail, perhaps, soon: 4 quoted words, 2 hedges -> 500 per 1,000
            "Officials said the talks “may fail, perhaps soon.”|4|500.0|0.0",
            // This, is, certainly, the, end: 5 quoted words, 1 booster; "may" lies outside the quotation
            "“This is certainly the end,” she said. It may rain tomorrow.|5|0.0|200.0",
            // nothing inside quotation marks
            "The talks will clearly fail, and the envoys may leave.|0|0.0|0.0"})
    void quotedRatesCountCuesInsideQuotationMarksPerThousandQuotedWords(String text, int words, double hedges,
                                                                        double boosters) {
        VoiceRates quoted = VoiceRates.quoted(MEASURER.measure(Articles.annotated(text)));

        assertThat(quoted.words()).isEqualTo(words);
        assertThat(quoted.hedgesPer1k()).isCloseTo(hedges, within(0.01));
        assertThat(quoted.boostersPer1k()).isCloseTo(boosters, within(0.01));
        assertThat(quoted.hasWords()).isEqualTo(words > 0);
    }

    @Test
    void ownAndQuotedWordsMakeUpTheArticleAndOwnRatesAreTheModelsOnTheExamples() {
        Comparison examples = Examples.comparison(LocalDate.of(2025, 12, 3));
        for (OutletProfile profile : examples.outlets()) {
            VoiceRates own = VoiceRates.own(profile);

            assertThat(own.words() + VoiceRates.quoted(profile).words()).isEqualTo(profile.metrics().words());
            assertThat(own.hedgesPer1k()).isEqualTo(profile.metrics().authorHedgesPer1k());
            assertThat(own.boostersPer1k()).isEqualTo(profile.metrics().authorBoostersPer1k());
        }
    }

    @Test
    void aFullyQuotedArticleHasNoOwnWords() {
        OutletProfile profile = MEASURER.measure(Articles.annotated("“We may win.”"));

        assertThat(VoiceRates.own(profile).hasWords()).isFalse();
        assertThat(VoiceRates.quoted(profile).words()).isEqualTo(3);
    }
}
