package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.framelens.compare.Comparison;
import org.junit.jupiter.api.Test;

class ProspectSectionTest {

    private static final Comparison FIVE = ComparisonFixture.fiveOutletsWithProspects();
    private static final RenderedReport REPORT = RenderedReport.of(FIVE);
    private static final String HEADING = "Prospects: pessimistic or optimistic";

    /** The flattened text of the page the section starts on. */
    private static String prospectPage() throws IOException {
        for (int page = 1; page <= REPORT.pageCount(); page++) {
            String text = REPORT.flatPage(page);
            if (text.startsWith(HEADING)) {
                return text;
            }
        }
        throw new AssertionError("no page starts with " + HEADING);
    }

    @Test
    void sectionStartsOnItsOwnPageAfterTheGlanceTableWithItsBookmark() throws IOException {
        int glance = 1;
        while (!REPORT.flatPage(glance).contains("How to read the table")) {
            glance++;
        }
        assertThat(REPORT.flatPage(glance)).doesNotContain(HEADING);
        assertThat(REPORT.flatPage(glance + 1)).startsWith(HEADING);
        assertThat(REPORT.bookmarks()).containsSubsequence("At a glance", HEADING,
                "The evidence, outlet by outlet");
    }

    @Test
    void legendNamesBothMarksAndScaleHasRealTickLabels() throws IOException {
        assertThat(prospectPage())
                .contains("Key: in the outlet's own words in quoted words")
                .contains("pessimistic optimistic \u22121 0 +1 Overall");
    }

    @Test
    void eachOutletRowPrintsItsNameAndOverallScore() throws IOException {
        assertThat(prospectPage()).containsSubsequence(
                "Clash Report +0.60",
                "The Bulwark \u22120.60 no quoted sentences",
                "The Kyiv Independent \u22120.40",
                "Unnamed opinion blog 0.00 no sentence speaks of the chances",
                "Unnamed political news site 0.00");
    }

    @Test
    void rowSaysSoWhenAScoreHasNoSentencesBehindIt() throws IOException {
        String page = prospectPage();

        assertThat(page).containsOnlyOnce("no quoted sentences");
        assertThat(page).containsOnlyOnce("no sentence speaks of the chances");
        assertThat(page).doesNotContain("no sentences in its own words");
    }

    @Test
    void strongestSentencesAreQuotedInFullWithTheirNumbersOrNone() throws IOException {
        String text = REPORT.bodyText();
        int from = text.indexOf("The strongest sentences either way");
        assertThat(from).isPositive();
        String below = text.substring(from);

        assertThat(below).containsSubsequence(
                "Clash Report",
                "Most optimistic: [" + number(0, "We are approaching") + "] Speaking at the White House, Trump "
                        + "acknowledged that resolving the Ukraine war is not easy but added, “We are approaching a "
                        + "deal.”",
                "Most pessimistic: [" + number(0, "Recent missile strikes") + "] Recent missile strikes on Kyiv "
                        + "suggest that Moscow is still not fully convinced about the deal.",
                "The Bulwark",
                "Most optimistic: none",
                "Most pessimistic: [" + number(1, "doesn’t look like peace") + "] This certainly doesn’t look "
                        + "like peace is in the air.",
                "The Kyiv Independent",
                "Most optimistic: none",
                "Unnamed opinion blog",
                "Most optimistic: none",
                "Most pessimistic: none",
                "Unnamed political news site",
                "Most optimistic: [" + number(4, "Quickly Stall") + "]");
    }

    @Test
    void twoWritesOfTheSameComparisonAreIdentical() {
        assertThat(RenderedReport.of(ComparisonFixture.fiveOutletsWithProspects()).bytes())
                .isEqualTo(REPORT.bytes());
    }

    /** The printed number, index + 1, of the outlet's first sentence holding the fragment. */
    private static int number(int outlet, String fragment) {
        return FIVE.outlets().get(outlet).annotated().sentences().stream()
                .filter(s -> s.text().contains(fragment)).findFirst().orElseThrow().index() + 1;
    }
}
