package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.junit.jupiter.api.Test;

class SpeakerTallyTest {

    @Test
    void countsSentencesPerSpeakerMostFrequentFirstAndTiesAlphabeticallyIgnoringCase() {
        List<Sentence> sentences = sentences("Putin", null, "Mathers", "analysts", "Putin", "  ", "Barbashin",
                "Mathers", "Putin", "Zelensky");

        assertThat(SpeakerTally.of(sentences)).containsExactly(
                new SpeakerCount("Putin", 3),
                new SpeakerCount("Mathers", 2),
                new SpeakerCount("analysts", 1),
                new SpeakerCount("Barbashin", 1),
                new SpeakerCount("Zelensky", 1));
    }

    @Test
    void noNamedSpeakerGivesAnEmptyTally() {
        assertThat(SpeakerTally.of(sentences(null, " ", null))).isEmpty();
    }

    private static List<Sentence> sentences(String... speakers) {
        List<Sentence> sentences = new ArrayList<>();
        for (String speaker : speakers) {
            sentences.add(new Sentence(sentences.size(), 0, "Words.", List.of(), Voice.MIXED, speaker));
        }
        return sentences;
    }
}
