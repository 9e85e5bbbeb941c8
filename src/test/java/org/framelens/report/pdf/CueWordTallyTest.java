package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.Voice;
import org.framelens.measure.Cue;
import org.framelens.measure.CueCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueWordTallyTest {

    private static Cue hedge(String text, Voice voice) {
        return new Cue(CueCategory.HEDGE, text, 0, 0, text.length(), voice);
    }

    @Test
    void countsOneWordWhateverItsCaseMostUsedFirstTiesAlphabetically() {
        List<Cue> cues = List.of(hedge("could", Voice.AUTHOR), hedge("May", Voice.AUTHOR), hedge("may", Voice.QUOTED),
                hedge("Perhaps", Voice.AUTHOR), hedge("could", Voice.QUOTED), hedge("about", Voice.AUTHOR),
                new Cue(CueCategory.BOOSTER, "clearly", 0, 0, 7, Voice.AUTHOR));

        assertThat(CueWordTally.of(cues, CueCategory.HEDGE)).containsExactly(
                new CueWordCount("could", 2, 1), new CueWordCount("may", 2, 1), new CueWordCount("about", 1, 0),
                new CueWordCount("perhaps", 1, 0));
        assertThat(CueWordTally.of(cues, CueCategory.BOOSTER)).containsExactly(new CueWordCount("clearly", 1, 0));
    }

    /** Words w1 ×n1 ... as listed on the page; one word over the limit is listed, two or more are summed up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|none found",
            "2|w1 ×2 (1 quoted), w2 ×1",
            "7|w1 ×2 (1 quoted), w2 ×1, w3 ×1, w4 ×1, w5 ×1, w6 ×1, w7 ×1",
            "9|w1 ×2 (1 quoted), w2 ×1, w3 ×1, w4 ×1, w5 ×1, w6 ×1 and 3 more words used 3 times in all"})
    void listsTheMostUsedWordsAndSumsUpTheRest(int distinct, String expected) {
        List<CueWordCount> words = new ArrayList<>();
        for (int i = 1; i <= distinct; i++) {
            words.add(i == 1 ? new CueWordCount("w1", 2, 1) : new CueWordCount("w" + i, 1, 0));
        }

        assertThat(HedgingSection.wordList(ReportText.standard(), words)).isEqualTo(expected);
    }

    /** The longest bar: the top rate among voices of 100 words or more, else the top rate, else 1. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400:10.0:2.5 ; 13:76.9:0.0 | 10.0",
            "400:10.0:12.5 ; 150:3.0:0.0 | 12.5",
            "40:10.0:2.5 ; 13:76.9:0.0 | 76.9",
            "400:0.0:0.0 ; 0:0.0:0.0 | 1.0"})
    void scaleIsSetByVoicesWithEnoughWords(String voices, double expected) {
        List<VoiceRates> rates = new ArrayList<>();
        for (String voice : voices.split(";")) {
            String[] f = voice.strip().split(":");
            rates.add(new VoiceRates(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }

        assertThat(HedgingSection.scale(rates, HedgingSection.SCALE_WORDS)).isEqualTo(expected);
    }
}
