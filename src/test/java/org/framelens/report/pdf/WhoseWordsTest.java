package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhoseWordsTest {

    private static final ReportText TEXT = ReportText.standard();

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "AUTHOR; -;             outlet’s own words",
        "AUTHOR; Sergey Lavrov; outlet’s own words, reporting Sergey Lavrov",
        "QUOTED; Jenny Mathers; quoted: Jenny Mathers",
        "QUOTED; -;             quoted, speaker not named",
        "MIXED;  Jenny Mathers; partly quoted: Jenny Mathers",
        "MIXED;  -;             partly quoted, speaker not named",
        "MIXED;  ' ';           partly quoted, speaker not named",
    })
    void namesWhoseWordsASentenceIs(Voice voice, String speaker, String expected) {
        Sentence sentence = new Sentence(0, 0, "Words.", List.of(), voice, speaker);

        assertThat(WhoseWords.of(sentence, TEXT)).isEqualTo(expected);
    }
}
