package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnExtremesTest {

    /**
     * Each case: figures and their printed forms separated by spaces, then the rows (0-based) expected highest
     * and lowest, worked out by hand.
     */
    @ParameterizedTest(name = "{0} -> highest {2}, lowest {3}")
    @CsvSource(delimiter = '|', value = {
        "8.2 12.3 14.7 9.3 10.2  | 8.2 12.3 14.7 9.3 10.2 | 2   | 0",
        "4.9 0 3.2 0             | 4.9 0.0 3.2 0.0        | 0   | 1 3",
        "12.04 11.96 7.5         | 12.0 12.0 7.5          | 0 1 | 2",
        "-0.6 0.6 0.6 -0.2       | −0.60 +0.60 +0.60 −0.20 | 1 2 | 0",
        "5 5 5                   | 5 5 5                  |     | ",
        "0.001 0.002             | 0.0 0.0                |     | ",
        "7                       | 7                      |     | ",
        "NaN 3 9                 | n/a 3 9                | 2   | 1",
    })
    void marksEveryRowThatPrintsTheHighestOrLowestFigure(String values, String printed, String highest,
                                                        String lowest) {
        ColumnExtremes extremes = ColumnExtremes.of(
                Arrays.stream(values.split(" +")).map(Double::valueOf).toList(),
                Arrays.asList(printed.split(" +")));

        assertThat(extremes.highest()).isEqualTo(rows(highest));
        assertThat(extremes.lowest()).isEqualTo(rows(lowest));
    }

    private static Set<Integer> rows(String indices) {
        if (indices == null || indices.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.stream(indices.strip().split(" +")).map(Integer::valueOf).toList());
    }

    @Test
    void marksNothingInAnEmptyColumn() {
        ColumnExtremes extremes = ColumnExtremes.of(List.of(), List.of());

        assertThat(extremes.highest()).isEmpty();
        assertThat(extremes.lowest()).isEmpty();
    }
}
