package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceMarksTest {

    /** 17 characters: "Talks" 0-5, "may" 6-9, "resume" 10-16, "." 16-17. */
    private static final String PLAIN = "Talks may resume.";
    /** 28 characters: "said" 3-7, “ at 8, "it" 9-11, "may" 12-15, "work" 16-20, ” at 20, "today" 22-27. */
    private static final String QUOTING = "He said “it may work” today.";

    @ParameterizedTest(name = "{0}: cues {1}, quoted {2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "PLAIN;   -;            -;          0-17",
        "PLAIN;   6-9;          -;          0-6 | 6-9 cue | 9-17",
        "PLAIN;   0-5 10-16;    -;          0-5 cue | 5-10 | 10-16 cue | 16-17",
        "PLAIN;   6-9 8-16;     -;          0-6 | 6-16 cue | 16-17",
        "PLAIN;   0-5 5-9;      -;          0-9 cue | 9-17",
        "PLAIN;   10-99 9-6 3-3;-;          0-10 | 10-17 cue",
        "PLAIN;   -5-5;         -;          0-5 cue | 5-17",
        "QUOTING; 12-15;        8-21;       0-8 | 8-12 q | 12-15 cue q | 15-21 q | 21-28",
        "QUOTING; 3-10;         8-21;       0-3 | 3-8 cue | 8-10 cue q | 10-21 q | 21-28",
        "QUOTING; 8-21;         8-21;       0-8 | 8-21 cue q | 21-28",
        "QUOTING; -;            8-12 12-21; 0-8 | 8-21 q | 21-28",
        "QUOTING; 16-20 0-2;    8-21;       0-2 cue | 2-8 | 8-16 q | 16-20 cue q | 20-21 q | 21-28",
    })
    void splitsAtEveryCueAndQuotationBoundary(String sentence, String cues, String quoted, String expected) {
        String text = sentence.equals("PLAIN") ? PLAIN : QUOTING;

        List<MarkedStretch> stretches = SentenceMarks.split(text, ranges(cues), ranges(quoted));

        assertThat(describe(stretches)).isEqualTo(expected);
        assertThat(stretches.stream().map(s -> s.text(text)).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String text = "a\uD83D\uDE00b";

        List<MarkedStretch> stretches = SentenceMarks.split(text, List.of(new int[] {2, 4}), List.of());

        assertThat(describe(stretches)).isEqualTo("0-1 | 1-4 cue");
    }

    @Test
    void anEmptySentenceHasNoStretches() {
        assertThat(SentenceMarks.split("", List.of(new int[] {0, 3}), List.of())).isEmpty();
    }

    /** Ranges written "6-9 8-16"; a leading minus is a negative start ("-5-5" is -5 to 5). */
    private static List<int[]> ranges(String written) {
        List<int[]> ranges = new ArrayList<>();
        if (written == null) {
            return ranges;
        }
        for (String range : written.trim().split("\\s+")) {
            int dash = range.indexOf('-', 1);
            ranges.add(new int[] {Integer.parseInt(range.substring(0, dash)),
                    Integer.parseInt(range.substring(dash + 1))});
        }
        return ranges;
    }

    private static String describe(List<MarkedStretch> stretches) {
        return stretches.stream()
                .map(s -> s.start() + "-" + s.end() + (s.cue() ? " cue" : "") + (s.quoted() ? " q" : ""))
                .collect(Collectors.joining(" | "));
    }
}
