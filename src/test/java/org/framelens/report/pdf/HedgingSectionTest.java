package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.framelens.compare.Comparison;
import org.framelens.measure.OutletProfile;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HedgingSectionTest {

    private static final String HEADING = "Hedging and certainty";
    private static final FigureFormat FIGURES = new FigureFormat(ReportText.standard());

    private static Comparison examples;
    private static RenderedReport report;

    @BeforeAll
    static void renderExamples() {
        examples = Examples.comparison(ComparisonFixture.REPORT_DATE);
        report = RenderedReport.of(examples);
    }

    /** The flattened text from the page the section starts on to the page before the next section's heading. */
    private static String section(RenderedReport rendered) throws IOException {
        String text = rendered.bodyText();
        int from = text.indexOf(HEADING + " Hedges hold back");
        assertThat(from).as("the section's heading").isNotNegative();
        int to = text.indexOf("The evidence, outlet by outlet", from);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    /** The text with names broken after a hyphen ("Long- Named") joined again. */
    private static String unhyphenated(String text) {
        return text.replace("- ", "-");
    }

    @Test
    void startsOnItsOwnPageAfterTheProspectsWithItsBookmark() throws IOException {
        int page = 1;
        while (!report.flatPage(page).startsWith(HEADING)) {
            page++;
        }
        assertThat(report.flatPage(page - 1)).doesNotContain(HEADING);
        assertThat(report.bookmarks()).containsSubsequence("Prospects: pessimistic or optimistic", HEADING);
        assertThat(report.bookmarks()).doesNotContain("  " + HEADING);
    }

    @Test
    void explainsHedgesAndBoostersWithExamplesAndGivesAKey() throws IOException {
        assertThat(section(report))
                .contains("Hedges hold back from full commitment (“may”, “appears to”); boosters shut out doubt "
                        + "(“clearly”, “there is no doubt”).")
                .contains("a hedge inside a quotation is the speaker’s caution, not the outlet’s.")
                .contains("Key: hedges boosters");
    }

    @Test
    void everyOutletPrintsItsOwnVoiceRatesAsTheModelHasThemAndItsQuotedRatesWithTheirWords() throws IOException {
        String page = section(report);
        for (OutletProfile profile : examples.outlets()) {
            VoiceRates own = VoiceRates.own(profile);
            VoiceRates quoted = VoiceRates.quoted(profile);
            assertThat(page).contains(profile.article().outlet() + " own words "
                    + FIGURES.rate(profile.metrics().authorHedgesPer1k()) + " "
                    + FIGURES.rate(profile.metrics().authorBoostersPer1k()) + " " + FIGURES.count(own.words())
                    + " quoted " + FIGURES.rate(quoted.hedgesPer1k()) + " " + FIGURES.rate(quoted.boostersPer1k())
                    + " " + FIGURES.count(quoted.words()));
        }
    }

    @Test
    void quotedRatesMatchAHandCountOfTheQuotedWords() throws IOException {
        // The Kyiv Independent in the fixture quotes 31 + 22 + 17 = 70 words holding "perhaps" and "seem" (hedges)
        // and "indeed" (a booster): 2 / 70 and 1 / 70 per 1,000. Its own-voice rates are the fixture's figures.
        String page = section(RenderedReport.of(ComparisonFixture.fiveOutlets()));

        assertThat(page).contains("The Kyiv Independent own words 15.9 2.1 1,833 quoted 28.6 14.3 70");
    }

    @Test
    void namesTheMostUsedHedgeWordThatTheArticleRepeats() throws IOException {
        // "likely" appears three times in input/the-bulwark.txt ("the likely failure", "would very likely create",
        // "the most likely explanation"); no other hedge more than once.
        assertThat(section(report)).containsSubsequence("The words behind the figures", "The Bulwark",
                "Hedges: likely ×3, apparently ×1", "Boosters: certainly ×2");
    }

    @Test
    void marksCuesInsideQuotationMarksInTheWordList() throws IOException {
        assertThat(section(report)).containsSubsequence("The Kyiv Independent", "Hedges:", "perhaps ×2 (1 quoted)",
                "Boosters:", "indeed ×1 (1 quoted)");
    }

    @Test
    void saysNoQuotedWordsRatherThanZeroWhenAnOutletQuotesNobody() throws IOException {
        Comparison one = ComparisonFixture.create()
                .outlet("Plain Wire", "Talks go on", null, false, ComparisonFixture.metrics(9, 1, 0, 0, 111.1, 0, 0),
                        List.of("Talks go on."), List.of(), List.of(ComparisonFixture.own("Talks {may} go on.")))
                .build();

        assertThat(section(RenderedReport.of(one)))
                .contains("Plain Wire own words 111.1 0.0 9 quoted no quoted words")
                .doesNotContain("quoted 0.0");
    }

    @Test
    void oneOutletAndTwentyOutletsPrintEveryNameWithTheChartHeaderOnEachPage() throws IOException {
        RenderedReport single = RenderedReport.of(RenamedOutlets.of(examples, 1));
        assertThat(unhyphenated(section(single))).contains(RenamedOutlets.name(1) + " own words");

        RenderedReport many = RenderedReport.of(RenamedOutlets.of(examples, 20));
        String page = unhyphenated(section(many));
        for (int number = 1; number <= 20; number++) {
            assertThat(page).contains(RenamedOutlets.name(number) + " own words");
        }
        int first = 1;
        while (!many.flatPage(first).startsWith(HEADING)) {
            first++;
        }
        assertThat(many.flatPage(first + 1)).startsWith("Outlet Hedges per 1,000 words Boosters per 1,000 words Words");
        assertThat(many.summary().replacedCharacters()).isZero();
    }

    @Test
    void examplesNeedNoSubstituteCharacters() {
        assertThat(report.summary().replacedCharacters()).isZero();
    }
}
