package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.compare.Comparison;
import org.framelens.measure.OutletProfile;
import org.framelens.sources.SourceProfile;
import org.framelens.sources.SourceVoice;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourcesSectionTest {

    private static final String HEADING = "Sources: who is heard";
    private static final FigureFormat FIGURES = new FigureFormat(ReportText.standard());

    private static Comparison examples;
    private static RenderedReport report;

    @BeforeAll
    static void renderExamples() {
        examples = Examples.comparison(ComparisonFixture.REPORT_DATE);
        report = RenderedReport.of(examples);
    }

    /** The flattened text of the section, from its heading to the next section's, hyphenated names joined. */
    private static String section(RenderedReport rendered) throws IOException {
        String text = rendered.bodyText();
        int from = text.indexOf(HEADING + " Whom each outlet");
        assertThat(from).as("the section's heading").isNotNegative();
        int to = text.indexOf("The evidence, outlet by outlet", from);
        return text.substring(from, to < 0 ? text.length() : to).replace("- ", "-");
    }

    private static OutletProfile outlet(String name) {
        return examples.outlets().stream().filter(p -> p.article().outlet().equals(name)).findFirst().orElseThrow();
    }

    private static SourceVoice voice(OutletProfile profile, String name) {
        return profile.sources().voices().stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void startsOnItsOwnPageWithItsBookmarkAfterTheHedgingPage() throws IOException {
        int page = 1;
        while (!report.flatPage(page).startsWith(HEADING)) {
            page++;
        }
        assertThat(report.flatPage(page - 1)).doesNotContain(HEADING);
        assertThat(report.bookmarks()).containsSubsequence("Hedging and certainty", HEADING,
                "The evidence, outlet by outlet");
    }

    @Test
    void overviewPrintsEachOutletsQuotedShareAndItsNamedAndUnnamedVoicesFromTheModel() throws IOException {
        String page = section(report);
        for (OutletProfile profile : examples.outlets()) {
            SourceProfile sources = profile.sources();
            assertThat(page).contains(profile.article().outlet() + " " + FIGURES.percent(profile.metrics().quotedShare())
                    + " " + FIGURES.percent(sources.unnamedQuotedShare()) + " " + sources.namedVoices() + " "
                    + sources.anonymousVoices() + " " + sources.voices().get(0).name() + " (");
        }
    }

    @Test
    void aVoiceQuotedByAnOutletIsListedUnderItWithItsSentences() throws IOException {
        SourceVoice mathers = voice(outlet("The Kyiv Independent"), "Jenny Mathers");
        assertThat(mathers).as("the Kyiv Independent quotes Jenny Mathers").isNotNull();
        assertThat(mathers.quoted()).isPositive();

        String row = "Jenny Mathers " + mathers.quoted() + " "
                + (mathers.paraphrased() == 0 ? "—" : String.valueOf(mathers.paraphrased())) + " "
                + SourcesSection.sentenceNumbers(ReportText.standard(), mathers.sentences());
        assertThat(section(report)).containsSubsequence("Each outlet’s voices", "The Kyiv Independent",
                row, "Unnamed opinion blog");
    }

    @Test
    void gridMarksWithADashTheOutletsThatDoNotLetAVoiceOthersHearSpeak() throws IOException {
        // Donald Trump is heard by Clash Report, the opinion blog and the news site, not by The Bulwark.
        assertThat(voice(outlet("The Bulwark"), "Donald Trump")).isNull();
        List<String> cells = new ArrayList<>();
        int heardIn = 0;
        for (OutletProfile profile : examples.outlets()) {
            SourceVoice trump = voice(profile, "Donald Trump");
            cells.add(trump == null ? "—" : String.valueOf(trump.total()));
            heardIn += trump == null ? 0 : 1;
        }

        assertThat(section(report)).containsSubsequence("Who is heard where",
                "Voice Heard in Clash Report The Bulwark The Kyiv Independent Unnamed opinion blog Unnamed political "
                        + "news site",
                "Donald Trump " + heardIn + " of 5 " + String.join(" ", cells),
                "Unnamed voices are left out");
    }

    @Test
    void gridLeavesOutUnnamedVoicesThatShareOnlyADescription() throws IOException {
        // "analysts" speak in The Kyiv Independent and in the opinion blog, but they are not one voice.
        assertThat(voice(outlet("The Kyiv Independent"), "analysts")).isNotNull();
        assertThat(voice(outlet("Unnamed opinion blog"), "analysts")).isNotNull();
        String page = section(report);
        String grid = page.substring(page.indexOf("Who is heard where"), page.indexOf("Each outlet’s voices"));

        assertThat(grid).doesNotContain("analysts ");
    }

    @Test
    void anOutletWithoutVoicesSaysSoAndTheGridSaysNoVoiceIsShared() throws IOException {
        String page = section(RenderedReport.of(ComparisonFixture.fiveOutlets()));

        assertThat(page).contains("No named voice is heard in more than one outlet.")
                .containsSubsequence("Clash Report", "It quotes and paraphrases no one that framelens could find.");
    }

    @Test
    void oneOutletListsItsVoicesAndSaysThereIsNothingToCompare() throws IOException {
        String page = section(RenderedReport.of(RenamedOutlets.of(examples, 1)));

        assertThat(page).contains("With one outlet there is nothing to compare across outlets")
                .contains(RenamedOutlets.name(1) + " " + FIGURES.percent(examples.outlets().get(0).metrics()
                        .quotedShare()));
    }

    @Test
    void twentyOutletsGetNumberedColumnsInTwoPartsWithALegendNamingEveryOutlet() throws IOException {
        RenderedReport many = RenderedReport.of(RenamedOutlets.of(examples, 20));
        String page = section(many);
        String grid = page.substring(page.indexOf("Who is heard where"), page.indexOf("Each outlet’s voices"));

        for (int number = 1; number <= 20; number++) {
            assertThat(grid).contains(number + " " + RenamedOutlets.name(number));
        }
        assertThat(grid).containsSubsequence("Outlets 1 to 10", "Voice Heard in 1 2 3 4 5 6 7 8 9 10",
                "Outlets 11 to 20", "Voice Heard in 11 12 13 14 15 16 17 18 19 20",
                "Only the 12 most widely heard voices are shown");
        assertThat(many.summary().replacedCharacters()).isZero();
    }

    @Test
    void examplesNeedNoSubstituteCharacters() {
        assertThat(report.summary().replacedCharacters()).isZero();
    }
}
