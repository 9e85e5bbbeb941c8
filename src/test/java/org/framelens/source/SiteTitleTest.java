package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "Canada and US strike steel tariff truce | CityNews Online; Canada and US strike steel tariff truce; CityNews Online",
            "Sudan truce agreed - BBC News; Sudan truce agreed; BBC News",
            "Cop30 talks run into overtime — The Guardian; Cop30 talks run into overtime; The Guardian",
            "Port strike ends after 11 days · herald.example; Port strike ends after 11 days; herald.example",
            "Ceasefire talks - live updates; Ceasefire talks - live updates; null",
            "Steel truce | A long tagline that is not a name; Steel truce | A long tagline that is not a name; null",
            "Brexit - Reuters; Brexit - Reuters; null",
            "Rail unions call off walkout; Rail unions call off walkout; null",
            "Covid-19 vaccine rollout begins; Covid-19 vaccine rollout begins; null"})
    void splitsOffASiteNameAfterTheLastSeparator(String title, String headline, String site) {
        SiteTitle split = SiteTitle.of(title);

        assertThat(split.headline()).isEqualTo(headline);
        assertThat(split.site()).isEqualTo(site);
    }
}
