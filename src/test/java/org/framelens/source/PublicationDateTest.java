package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-11-29|false",
        "2025-11-29 (approx.)|true",
        "2025-11-29 approx|true",
        "2025-11-29 approx.|true",
        "2025-11-29 Approximate|true",
        "2025-11-29 approximately|true",
        "2025-11-29 (approximately)|true",
        "2025-11-29 ~|true",
        "2025-11-29~|true",
        "~2025-11-29|true",
        "~ 2025-11-29|true",
        "  2025-11-29  |false",
    })
    void readsDateAndWhetherItIsApproximate(String value, boolean approximate) {
        assertThat(PublicationDate.parse(value))
                .contains(new PublicationDate(LocalDate.of(2025, 11, 29), approximate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29/11/2025", "2025-13-01", "2025-02-30", "2025-11-29 maybe", "Nov 29, 2025",
        "2025-11-29T10:00", "25-11-29", ""})
    void rejectsAnythingElse(String value) {
        assertThat(PublicationDate.parse(value)).isEmpty();
    }
}
