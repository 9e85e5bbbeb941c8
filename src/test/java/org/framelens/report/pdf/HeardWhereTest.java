package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.sources.SourceProfile;
import org.framelens.sources.SourceVoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeardWhereTest {

    private static SourceVoice named(String name, int quoted, int paraphrased) {
        return new SourceVoice(name, true, quoted, paraphrased, List.of());
    }

    private static SourceProfile outlet(SourceVoice... voices) {
        return new SourceProfile(List.of(voices), voices.length, voices.length, 0, 0.1, 0);
    }

    private static final List<SourceProfile> THREE = List.of(
            outlet(named("Donald Trump", 2, 3), named("Sergey Lavrov", 1, 0), named("Karoline Leavitt", 0, 1),
                    new SourceVoice("analysts", false, 0, 2, List.of())),
            outlet(named("Sergey Lavrov", 0, 1), named("Putin", 2, 0), new SourceVoice("analysts", false, 1, 0,
                    List.of())),
            outlet(named("Donald Trump", 1, 0), named("Sergey Lavrov", 1, 1), named("Putin", 1, 0)));

    @Test
    void keepsNamedVoicesOfTwoOutletsOrMoreWidestFirstThenMostSentencesWithZeroWhereAnOutletLeavesThemOut() {
        HeardWhere heard = HeardWhere.of(THREE, 12);

        // Lavrov: 3 outlets; Trump: 2 outlets, 6 sentences; Putin: 2 outlets, 3 sentences. Leavitt is heard in
        // one outlet only and "analysts" are unnamed.
        assertThat(heard.voices()).containsExactly(
                new HeardVoice("Sergey Lavrov", List.of(1, 1, 2)),
                new HeardVoice("Donald Trump", List.of(5, 0, 1)),
                new HeardVoice("Putin", List.of(0, 2, 1)));
        assertThat(heard.notShown()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 2", "2, 2, 1", "3, 3, 0", "0, 0, 3"})
    void showsAtMostTheLimitAndCountsTheRest(int limit, int shown, int notShown) {
        HeardWhere heard = HeardWhere.of(THREE, limit);

        assertThat(heard.voices()).hasSize(shown);
        assertThat(heard.notShown()).isEqualTo(notShown);
    }

    @Test
    void oneOutletHasNoVoiceToCompare() {
        assertThat(HeardWhere.of(THREE.subList(0, 1), 12).voices()).isEmpty();
    }

    /** Outlets, most columns per part -> the parts as from-to, 0-based and exclusive. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5|5|0-5", "1|10|0-1", "10|10|0-10", "11|10|0-6 6-11", "13|10|0-7 7-13", "20|10|0-10 10-20",
            "21|10|0-7 7-14 14-21"})
    void splitsTheGridIntoEvenPartsOfAtMostTenOutlets(int outlets, int most, String expected) {
        String parts = String.join(" ", SourcesSection.parts(outlets, most).stream()
                .map(p -> p[0] + "-" + p[1]).toList());

        assertThat(parts).isEqualTo(expected);
    }

    @Test
    void numbersTheColumnsForMoreThanSixOutletsOrAnyNameTooLongForAHeader() {
        assertThat(SourcesSection.numbered(List.of("A", "B", "C", "D", "E", "F"))).isFalse();
        assertThat(SourcesSection.numbered(List.of("A", "B", "C", "D", "E", "F", "G"))).isTrue();
        assertThat(SourcesSection.numbered(List.of("Clash Report", "Unnamed political news site"))).isFalse();
        assertThat(SourcesSection.numbered(List.of("A", "The Extraordinarily Long-Named Regional Broadcaster")))
                .isTrue();
    }

    /** Indices from 0 -> the numbers printed, from 1; past eleven, ten and how many more. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0 3 9|[1] [4] [10]",
            "0 1 2 3 4 5 6 7 8 9 10|[1] [2] [3] [4] [5] [6] [7] [8] [9] [10] [11]",
            "0 1 2 3 4 5 6 7 8 9 10 11 12|[1] [2] [3] [4] [5] [6] [7] [8] [9] [10] and 3 more"})
    void printsSentenceNumbersFromOneAndCountsTheRest(String indices, String expected) {
        List<Integer> list = java.util.Arrays.stream(indices.split(" ")).map(Integer::parseInt).toList();

        assertThat(SourcesSection.sentenceNumbers(ReportText.standard(), list)).isEqualTo(expected);
    }
}
