package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFormatTest {

    private final FigureFormat figures = new FigureFormat(ReportText.standard());

    @ParameterizedTest
    @CsvSource({"12.34, 12.3", "12.36, 12.4", "0, 0.0", "-0.0, 0.0", "100, 100.0", "NaN, n/a", "Infinity, n/a"})
    void writesRatesWithOneDecimal(double value, String expected) {
        assertThat(figures.rate(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.236, 23.6%", "0, 0.0%", "1, 100.0%", "0.0971, 9.7%"})
    void writesSharesAsPercentages(double share, String expected) {
        assertThat(figures.percent(share)).isEqualTo(expected);
    }

    @Test
    void groupsThousandsInCounts() {
        assertThat(figures.count(1486)).isEqualTo("1,486");
        assertThat(figures.count(612)).isEqualTo("612");
    }

    @Test
    void writesArticleDatesWithUnknownAndApproximateMarked() {
        assertThat(figures.articleDate(LocalDate.of(2025, 11, 29), true)).isEqualTo("29 Nov 2025 (approx.)");
        assertThat(figures.articleDate(LocalDate.of(2025, 9, 3), false)).isEqualTo("3 Sep 2025");
        assertThat(figures.articleDate(null, true)).isEqualTo("date unknown");
    }
}
