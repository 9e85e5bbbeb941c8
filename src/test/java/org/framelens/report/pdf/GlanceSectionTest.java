package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.framelens.compare.Comparison;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GlanceSectionTest {

    private static final String HEADING = "At a glance";
    private static final String NOTE = "How to read the table";
    private static final FigureFormat FIGURES = new FigureFormat(ReportText.standard());

    private static Comparison examples;
    private static RenderedReport report;

    @BeforeAll
    static void renderTheExamples() {
        examples = Examples.comparison(ComparisonFixture.REPORT_DATE);
        report = RenderedReport.of(examples);
    }

    @Test
    void opensOnThePageAfterTheCoverWithItsBookmarkBetweenCoverAndProspects() throws IOException {
        assertThat(report.flatPage(1)).doesNotContain(HEADING + " One row per outlet");
        assertThat(report.flatPage(2)).startsWith(HEADING + " One row per outlet and one column per measure.");
        assertThat(report.bookmarks()).containsSubsequence("Outlets compared", HEADING,
                "Prospects: pessimistic or optimistic");
    }

    @Test
    void everyExampleOutletHasARowWithItsFiguresAsTheModelHasThem() throws IOException {
        List<String> lines = lines(report, 2);
        for (OutletProfile profile : examples.outlets()) {
            OutletMetrics m = profile.metrics();
            String figures = String.join(" ", profile.kind().kind().label(), FIGURES.count(m.words()),
                    FIGURES.rate(m.hedgesPer1k()), FIGURES.rate(m.boostersPer1k()), FIGURES.rate(profile.loaded().per1k()),
                    FIGURES.score(profile.prospect().score()), FIGURES.percent(m.quotedShare()),
                    FIGURES.count(profile.sources().namedVoices()), FIGURES.count(profile.sources().anonymousVoices()));
            String row = row(lines, firstWords(profile.article().outlet())).replaceAll("[▲▼] ", "");
            assertThat(row).as(profile.article().outlet()).endsWith(" " + figures);
        }
    }

    @Test
    void examplesPrintWithoutAnySubstitutedCharacter() {
        assertThat(report.summary().replacedCharacters()).isZero();
    }

    @Test
    void examplesPageFitsOnOnePageWithItsNoteBeforeTheProspects() throws IOException {
        assertThat(report.flatPage(2)).contains(NOTE, "Voices not named: sources the article only describes",
                "not whether it is right.");
        assertThat(report.flatPage(3)).startsWith("Prospects: pessimistic or optimistic");
    }

    @Test
    void marksTheHighestAndLowestOfEachMeasureOnTheRightOutlets() throws IOException {
        RenderedReport five = RenderedReport.of(ComparisonFixture.fiveOutletsWithProspects());
        List<String> lines = lines(five, 2);

        // By hand from ComparisonFixture: words 612/1,486/1,903/1,077/689, hedges 8.2/12.3/14.7/9.3/10.2,
        // boosters 4.9/6.1/3.2/11.1/7.3, prospect +0.6/-0.6/-0.4/0/0, quoted 14.2/18.7/23.6/9.7/35.1%;
        // loaded words and voices are 0 everywhere, so nothing stands out there.
        assertThat(row(lines, "Clash Report")).endsWith("news ▼ 612 ▼ 8.2 4.9 0.0 ▲ +0.60 14.2% 0 0");
        assertThat(row(lines, "The Bulwark")).endsWith("news 1,486 12.3 6.1 0.0 ▼ −0.60 18.7% 0 0");
        assertThat(row(lines, "The Kyiv")).endsWith("news ▲ 1,903 ▲ 14.7 ▼ 3.2 0.0 −0.40 23.6% 0 0");
        assertThat(row(lines, "Unnamed opinion")).endsWith("news 1,077 9.3 ▲ 11.1 0.0 0.00 ▼ 9.7% 0 0");
        assertThat(row(lines, "Unnamed political")).endsWith("news 689 10.2 7.3 0.0 0.00 ▲ 35.1% 0 0");
    }

    @Test
    void marksEveryOutletThatTiesOnTheFigureAsPrinted() throws IOException {
        Comparison tied = ComparisonFixture.create()
                .outlet("Alpha Wire", "A", LocalDate.of(2025, 11, 1), false,
                        ComparisonFixture.metrics(800, 30, 12.04, 3.0, 0, 0, 0.2))
                .outlet("Beta News", "B", LocalDate.of(2025, 11, 2), false,
                        ComparisonFixture.metrics(800, 30, 11.96, 1.0, 0, 0, 0.1))
                .outlet("Gamma Post", "C", LocalDate.of(2025, 11, 3), false,
                        ComparisonFixture.metrics(500, 30, 7.5, 1.0, 0, 0, 0.3))
                .build();

        List<String> lines = lines(RenderedReport.of(tied), 2);

        // Hedges 12.04 and 11.96 both print 12.0, so both are highest; boosters 1.0 twice, both lowest.
        assertThat(row(lines, "Alpha Wire")).endsWith("news ▲ 800 ▲ 12.0 ▲ 3.0 0.0 0.00 20.0% 0 0");
        assertThat(row(lines, "Beta News")).endsWith("news ▲ 800 ▲ 12.0 ▼ 1.0 0.0 0.00 ▼ 10.0% 0 0");
        assertThat(row(lines, "Gamma Post")).endsWith("news ▼ 500 ▼ 7.5 ▼ 1.0 0.0 0.00 ▲ 30.0% 0 0");
    }

    @Test
    void oneOutletGetsNoMarksAndAKeyThatSaysWhy() throws IOException {
        Comparison one = ComparisonFixture.create()
                .outlet("Clean Wire", "A tidy article", LocalDate.of(2025, 11, 30), false,
                        ComparisonFixture.metrics(400, 20, 5.0, 2.5, 5.0, 2.5, 0.1))
                .build();

        RenderedReport single = RenderedReport.of(one);
        String page = single.flatPage(2);

        assertThat(page).startsWith(HEADING + " One row for the outlet and one column per measure.")
                .contains("Key: Only one outlet was measured, so no figure is marked highest or lowest.")
                .doesNotContain("compares with the other outlets");
        assertThat(page).doesNotContain("▲", "▼");
        assertThat(row(lines(single, 2), "Clean Wire")).endsWith("news 400 5.0 2.5 0.0 0.00 10.0% 0 0");
    }

    @Test
    void twentyOutletsAllGetARowAndTheHeaderIsRepeatedOnEachPageOfTheTable() throws IOException {
        ComparisonFixture fixture = ComparisonFixture.create();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String name = i % 3 == 0 ? "Outlet " + i : "The Long-Named Regional Broadcasting Corporation of the "
                    + "Northern Provinces, Evening Edition Number " + i;
            names.add(name);
            fixture.outlet(name, "Headline " + i, LocalDate.of(2025, 11, i), false,
                    ComparisonFixture.metrics(500 + i, 20, i, i / 2.0, i, i / 4.0, i / 100.0));
        }
        RenderedReport many = RenderedReport.of(fixture.build());

        String text = many.bodyText().replace('\u202F', ' ');
        String table = text.substring(text.indexOf(HEADING + " One row"), text.indexOf(NOTE));
        for (String name : names) {
            assertThat(table).contains(name);
        }
        int pagesWithHeader = 0;
        for (int page = 2; page <= many.pageCount(); page++) {
            pagesWithHeader += many.flatPage(page).contains("Outlet Reads as Words") ? 1 : 0;
        }
        assertThat(pagesWithHeader).isGreaterThan(1);
        // Outlet 1 has the fewest hedges (1.0) and outlet 20 the most (20.0).
        assertThat(table).contains("Evening Edition Number 1 news ▼ 501 ▼ 1.0")
                .contains("Evening Edition Number 20 news ▲ 520 ▲ 20.0");
    }

    @Test
    void fitsOnePageOnA4WithEveryOutletAndTheNote() throws IOException {
        RenderedReport a4 = RenderedReport.of(ComparisonFixture.fiveOutletsWithProspects(), PaperSize.A4);
        String page = a4.flatPage(2);

        assertThat(page).startsWith(HEADING).contains(NOTE, "not whether it is right.");
        List<String> lines = lines(a4, 2);
        assertThat(row(lines, "Clash Report")).endsWith("news ▼ 612 ▼ 8.2 4.9 0.0 ▲ +0.60 14.2% 0 0");
        assertThat(row(lines, "The Bulwark")).endsWith("news 1,486 12.3 6.1 0.0 ▼ −0.60 18.7% 0 0");
        assertThat(row(lines, "The Kyiv")).endsWith("news ▲ 1,903 ▲ 14.7 ▼ 3.2 0.0 −0.40 23.6% 0 0");
        assertThat(row(lines, "Unnamed opinion")).endsWith("news 1,077 9.3 ▲ 11.1 0.0 0.00 ▼ 9.7% 0 0");
        assertThat(row(lines, "Unnamed political")).endsWith("news 689 10.2 7.3 0.0 0.00 ▲ 35.1% 0 0");
        assertThat(a4.flatPage(3)).startsWith("Prospects: pessimistic or optimistic");
        assertThat(a4.summary().replacedCharacters()).isZero();
    }

    @Test
    void noteDefinesEveryColumnInOneLineAndSaysWhereTheEvidenceIs() throws IOException {
        String page = report.flatPage(2);

        assertThat(page).containsSubsequence(NOTE, "Reads as:", "Words:", "Hedges per 1,000 words:",
                "Boosters per 1,000 words:", "Loaded words per 1,000 words:", "Prospect (−1 to +1):",
                "Share of words quoted:", "Voices named:", "Voices not named:",
                "on each outlet’s pages later in this report and listed in the JSON report");
        assertThat(page).contains("how sentences about the chances of the " + examples.subjectTerms().get(0));
    }

    @Test
    void saysSoWhenNoOutletCouldBeMeasured() throws IOException {
        Comparison empty = ComparisonFixture.create().problem("input/a.txt: the file is empty").build();

        assertThat(RenderedReport.of(empty).flatText())
                .contains(HEADING + " One row per outlet")
                .contains("No outlet could be measured, so there is nothing to compare.");
    }

    /** The page's lines in reading position, with the narrow space after a mark read as a plain space. */
    private static List<String> lines(RenderedReport rendered, int page) throws IOException {
        return Arrays.stream(rendered.text(page, page, true).replace('\u202F', ' ').split("\\R"))
                .map(RenderedReport::flat).toList();
    }

    /** The one line that starts with the given words: an outlet's row, its name's first line first. */
    private static String row(List<String> lines, String nameStart) {
        List<String> found = lines.stream().filter(l -> l.startsWith(nameStart + " ")).toList();
        assertThat(found).as("rows starting with " + nameStart).hasSize(1);
        return found.get(0);
    }

    /** The first two words of a name, which fit on the first line of its cell. */
    private static String firstWords(String name) {
        String[] words = name.split(" ");
        return words.length < 2 ? name : words[0] + " " + words[1];
    }
}
