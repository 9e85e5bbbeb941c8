package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.framelens.compare.Comparison;
import org.framelens.measure.OutletProfile;
import org.framelens.sources.SourceProfile;
import org.junit.jupiter.api.Test;

class TitlePageFindingsTest {

    /** Voices per outlet: the Kyiv Independent's 17 is 1.5x the next 11; the Bulwark's 1 is a quarter of the next 4. */
    private static final Map<String, Integer> VOICES = Map.of("Clash Report", 7, "The Bulwark", 1,
            "The Kyiv Independent", 17, "Unnamed opinion blog", 4, "Unnamed political news site", 11);

    private static Comparison fiveWithVoices() {
        Comparison five = ComparisonFixture.fiveOutlets();
        List<OutletProfile> outlets = five.outlets().stream().map(p -> {
            int voices = VOICES.get(p.article().outlet());
            return p.withScores(p.prospect(), new SourceProfile(List.of(), voices, voices, 0, 0, 0), p.frames(),
                    p.loaded(), p.kind());
        }).toList();
        return new Comparison(five.toolVersion(), five.reportDate(), List.of("peace plan", "deal"), outlets,
                five.problems());
    }

    @Test
    void coverListsTheFindingsBetweenTheSubjectAndTheOutlets() throws IOException {
        String cover = RenderedReport.of(fiveWithVoices()).flatPage(1);

        // own-voice boosters: the blog's 12.4 is 2.3x the Bulwark's 5.4; no other measure in the fixture is clear
        String boosters = "• Unnamed opinion blog asserted most (12.4 boosters per 1,000 own words; next 5.4). "
                + "(measure: Own-voice boosters per 1,000 own words)";
        String voices = "• The Kyiv Independent quoted or paraphrased the most voices (17); The Bulwark the fewest "
                + "(1). (measure: Voices named / unnamed)";
        assertThat(cover).contains(boosters, voices);
        assertThat(cover.indexOf("Subject:")).isLessThan(cover.indexOf("What stands out"));
        assertThat(cover.indexOf("What stands out")).isLessThan(cover.indexOf(boosters));
        assertThat(cover.indexOf(boosters)).isLessThan(cover.indexOf(voices));
        assertThat(cover.indexOf(voices)).isLessThan(cover.indexOf("Outlets compared"));
        String findings = cover.substring(cover.indexOf("What stands out"), cover.indexOf("Outlets compared"));
        assertThat(findings.chars().filter(c -> c == '•').count()).as("finding bullets on the cover").isEqualTo(2);
    }

    @Test
    void coverLeavesOutTheHeadingWhenNothingStandsOut() throws IOException {
        Comparison one = ComparisonFixture.create()
                .outlet("Clash Report", "Trump Sends Top Envoy to Russia", ComparisonFixture.REPORT_DATE, false,
                        ComparisonFixture.metrics(612, 27, 8.2, 4.9, 6.5, 3.3, 0.142))
                .build();

        String cover = RenderedReport.of(one).flatPage(1);

        assertThat(cover).contains("Outlets compared").doesNotContain("What stands out", "•");
    }
}
