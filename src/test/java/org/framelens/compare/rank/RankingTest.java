package org.framelens.compare.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final List<String> OUTLETS = List.of("A", "B", "C", "D");

    @Test
    void tiedOutletsShareTheBetterRankAndTheNextRankIsSkipped() {
        assertThat(Ranking.rank(OUTLETS, List.of(0.9, 0.5, 0.5, 0.1), true))
                .containsExactly(entry("A", 1), entry("B", 2), entry("C", 2), entry("D", 4));
    }

    @Test
    void lowestFirstReversesTheOrder() {
        assertThat(Ranking.rank(OUTLETS, List.of(0.9, 0.5, 0.5, 0.1), false))
                .containsExactly(entry("A", 4), entry("B", 2), entry("C", 2), entry("D", 1));
    }

    @Test
    void ranksComeBackInTheOrderTheOutletsWereGiven() {
        assertThat(Ranking.rank(List.of("Zeta", "Alpha", "Mid"), List.of(1.0, 3.0, 2.0), true).keySet())
                .containsExactly("Zeta", "Alpha", "Mid");
        assertThat(Ranking.rank(List.of("Zeta", "Alpha", "Mid"), List.of(1.0, 3.0, 2.0), true).values())
                .containsExactly(3, 1, 2);
    }

    @Test
    void allEqualValuesAllRankFirst() {
        assertThat(Ranking.rank(OUTLETS, List.of(2.0, 2.0, 2.0, 2.0), true).values()).containsOnly(1);
    }

    @Test
    void valuesDifferingOnlyByRoundingTie() {
        assertThat(Ranking.rank(List.of("A", "B", "C"), List.of(0.1 + 0.2, 0.3, 0.2), true).values())
                .containsExactly(1, 1, 3);
    }

    @Test
    void outletsWithoutAValueComeLastWhicheverWayTheRankingRuns() {
        List<Double> values = Arrays.asList(0.4, null, Double.NaN, 0.8);
        assertThat(Ranking.rank(OUTLETS, values, true).values()).containsExactly(2, 3, 3, 1);
        assertThat(Ranking.rank(OUTLETS, values, false).values()).containsExactly(1, 3, 3, 2);
    }

    @Test
    void refusesAValueCountThatDoesNotMatchTheOutlets() {
        assertThatThrownBy(() -> Ranking.rank(OUTLETS, List.of(1.0), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value per outlet");
    }

    @Test
    void refusesTheSameOutletTwice() {
        assertThatThrownBy(() -> Ranking.rank(List.of("A", "A"), List.of(1.0, 2.0), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.Map.Entry<String, Integer> entry(String outlet, int rank) {
        return java.util.Map.entry(outlet, rank);
    }
}
