package org.framelens.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    private static final DateText DATES = new DateText(PhraseList.load("months.txt"), PhraseList.load("weekdays.txt"),
            PhraseList.load("date-words.txt"));

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "November 27, 2025; 2025-11-27",
            "Nov. 27, 2025; 2025-11-27",
            "Nov 27 2025; 2025-11-27",
            "27 November 2025; 2025-11-27",
            "2025-11-27; 2025-11-27",
            "2025-11-27T08:30:00Z; 2025-11-27",
            "Thursday, 6 November 2025; 2025-11-06",
            "Thursday , 6 November 2025; 2025-11-06",
            "Sat 22 Nov 2025 18.04 GMT; 2025-11-22",
            "Updated 4:12 PM EST, November 27, 2025; 2025-11-27",
            "Posted May 8, 2025 at 6:45 PM; 2025-05-08",
            "Tuesday, March 4th, 2025; 2025-03-04",
            "the 4th of March 2025; 2025-03-04",
            "Sept. 9, 2025; 2025-09-09",
            "November 26, 2025Clash Report; 2025-11-26",
            "By Jane Doe | 17 September 2025; 2025-09-17",
            "Published 12 May 2025, updated 13 May 2025; 2025-05-12"})
    void readsTheFirstDayWithItsYear(String text, String day) {
        assertThat(DATES.firstDay(text)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published 3 days ago", "3 hours ago", "12 May", "Published", "26/11/2025",
            "February 30, 2025", "Updated 4:12 PM EST", "May 2025 was the wettest month", "By Jane Doe"})
    void readsNothingFromTextWithoutAWholeDay(String text) {
        assertThat(DATES.firstDay(text)).isEmpty();
    }
}
