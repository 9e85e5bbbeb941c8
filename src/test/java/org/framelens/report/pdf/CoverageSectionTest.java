package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framelens.compare.Comparison;
import org.framelens.compare.StoryComparer;
import org.framelens.compare.coverage.CoverageItem;
import org.framelens.compare.coverage.CoverageMatrix;
import org.framelens.compare.wording.WordingSimilarity;
import org.framelens.measure.OutletProfile;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoverageSectionTest {

    private static final String HEADING = "Coverage and wording";
    private static final String POLITICAL = "Unnamed political news site";
    private static final String MENTION = CoverageSection.MENTION;
    private static final String OMISSION = CoverageSection.OMISSION;

    private static Comparison examples;
    private static RenderedReport report;
    private static Comparison twenty;
    private static RenderedReport twentyReport;

    @BeforeAll
    static void writeTheReports() {
        examples = Examples.comparison(ComparisonFixture.REPORT_DATE);
        report = RenderedReport.of(examples);
        twenty = ManyOutletsFixture.withCrossOutlet(20);
        twentyReport = RenderedReport.of(twenty, PaperSize.A4);
    }

    /** The number (1-based) of the page the section starts on. */
    private static int coveragePage(RenderedReport rendered) throws IOException {
        for (int page = 1; page <= rendered.pageCount(); page++) {
            if (rendered.flatPage(page).startsWith(HEADING)) {
                return page;
            }
        }
        throw new AssertionError("no page starts with " + HEADING);
    }

    /** The lines of the section's pages, read left to right, top to bottom, whitespace flattened. */
    private static List<String> sectionLines(RenderedReport rendered) throws IOException {
        int from = coveragePage(rendered);
        int to = from;
        while (to < rendered.pageCount() && !rendered.flatPage(to).contains("The evidence, outlet by outlet")) {
            to++;
        }
        return rendered.text(from, to, true).lines().map(RenderedReport::flat).toList();
    }

    @Test
    void sectionStartsOnItsOwnPageAfterTheFramesWithItsBookmark() throws IOException {
        int page = coveragePage(report);

        assertThat(report.flatPage(page - 1)).doesNotContain(HEADING);
        assertThat(report.bookmarks()).containsSubsequence("Frames: the angles each outlet takes", HEADING,
                "The evidence, outlet by outlet");
        assertThat(report.flatPage(page)).containsSubsequence("Who mentions what", "How it is counted:",
                "Left out:", "Leaving something out is not necessarily bias");
    }

    @Test
    void everyOutletHeadsAColumnByItsName() throws IOException {
        String page = report.flatPage(coveragePage(report));

        assertThat(page).containsSubsequence("Who or what", "Clash Report", "The Bulwark", "The Kyiv Independent",
                "Unnamed opinion blog", POLITICAL, "People");
    }

    @Test
    void witkoffIsMarkedAsLeftOutInTheColumnOfThePoliticalNewsSite() throws IOException {
        CoverageItem witkoff = examples.crossOutlet().coverage().item("Steve Witkoff").orElseThrow();
        List<String> names = examples.outlets().stream().map(p -> p.article().outlet()).toList();

        assertThat(witkoff.leftOutBy()).containsExactly(POLITICAL);
        assertThat(CoverageMark.row(witkoff, names)).containsExactly(CoverageMark.MENTIONED, CoverageMark.MENTIONED,
                CoverageMark.MENTIONED, CoverageMark.MENTIONED, CoverageMark.LEFT_OUT);
        assertThat(sectionLines(report)).contains(String.join(" ", "Steve Witkoff", MENTION, MENTION, MENTION,
                MENTION, OMISSION));
    }

    @Test
    void everyItemOfTheMatrixPrintsItsMarksInOutletOrder() throws IOException {
        List<String> lines = sectionLines(report);
        List<String> names = examples.outlets().stream().map(p -> p.article().outlet()).toList();
        CoverageMatrix matrix = examples.crossOutlet().coverage();

        assertThat(matrix.items()).isNotEmpty();
        for (CoverageItem item : matrix.items()) {
            StringBuilder row = new StringBuilder(item.label());
            for (CoverageMark mark : CoverageMark.row(item, names)) {
                row.append(mark == CoverageMark.MENTIONED ? " " + MENTION : mark == CoverageMark.LEFT_OUT
                        ? " " + OMISSION : "");
            }
            assertThat(lines).as(item.label()).contains(row.toString());
        }
    }

    @Test
    void keyShowsBothMarksAsPrinted() throws IOException {
        assertThat(report.flatPage(coveragePage(report)))
                .contains("Key: " + MENTION + " mentions it · " + OMISSION + " on grey: leaves it out · blank:");
    }

    @Test
    void similarityRowsPrintTheModelsFiguresWithTheDiagonalLeftBlank() throws IOException {
        List<String> lines = sectionLines(report);
        WordingSimilarity wording = examples.crossOutlet().wording();
        double[][] values = wording.values();

        for (int i = 0; i < values.length; i++) {
            List<String> figures = new ArrayList<>();
            for (int j = 0; j < values.length; j++) {
                if (i != j) {
                    figures.add(String.format(java.util.Locale.ENGLISH, "%.2f", values[i][j]));
                }
            }
            assertThat(lines).contains(wording.outlets().get(i) + " " + String.join(" ", figures));
        }
    }

    @Test
    void namesTheMostAndLeastAlikePairWithTheSharedWordsOfTheMostAlike() throws IOException {
        WordingSimilarity wording = examples.crossOutlet().wording();
        double[][] values = wording.values();
        int bestI = 0;
        int bestJ = 1;
        int worstI = 0;
        int worstJ = 1;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if (values[i][j] > values[bestI][bestJ]) {
                    bestI = i;
                    bestJ = j;
                }
                if (values[i][j] < values[worstI][worstJ]) {
                    worstI = i;
                    worstJ = j;
                }
            }
        }
        List<String> outlets = wording.outlets();
        String text = report.bodyText();

        assertThat(text).contains("Most alike: " + outlets.get(bestI) + " and " + outlets.get(bestJ) + " ("
                + CoverageSection.similarity(values[bestI][bestJ]) + "). Least alike: " + outlets.get(worstI)
                + " and " + outlets.get(worstJ) + " (" + CoverageSection.similarity(values[worstI][worstJ]) + ").");
        List<String> shared = wording.sharedTerms(outlets.get(bestI), outlets.get(bestJ));
        assertThat(shared).isNotEmpty();
        assertThat(text).contains("Distinctive words both " + outlets.get(bestI) + " and " + outlets.get(bestJ)
                + " use: “" + String.join("”, “", shared) + "”.");
    }

    @Test
    void twentyOutletsAreNumberedWithALegendAndFitThePage() throws IOException {
        List<String> lines = sectionLines(twentyReport);
        StringBuilder numbers = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            numbers.append(' ').append(i);
        }

        assertThat(twentyReport.summary().replacedCharacters()).isZero();
        assertThat(lines).contains("The outlets are numbered in the columns below:");
        assertThat(lines).contains("3 Outlet 3");
        assertThat(lines).anyMatch(line -> line.startsWith("20 The Extraordinarily Long-Named"));
        assertThat(lines).contains("Who or what" + numbers);
        assertThat(lines).filteredOn(line -> line.equals(numbers.toString().strip())).hasSize(1);
        assertThat(lines).anyMatch(line -> line.startsWith("The outlets are numbered as in the list on page "));
    }

    @Test
    void twentyOutletsShowEachOmissionInItsOwnColumn() throws IOException {
        List<String> lines = sectionLines(twentyReport);
        // Steve Witkoff: every outlet but the fourth mentions him, so the fourth leaves him out.
        List<String> witkoff = new ArrayList<>(java.util.Collections.nCopies(20, MENTION));
        witkoff.set(3, OMISSION);
        // Geneva: the even positions mention it, the odd ones leave it out.
        List<String> geneva = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            geneva.add(i % 2 == 0 ? MENTION : OMISSION);
        }

        assertThat(lines).contains("Steve Witkoff " + String.join(" ", witkoff), "Geneva " + String.join(" ", geneva),
                "Kremlin " + String.join(" ", MENTION, MENTION, MENTION), "Sergey Lavrov " + MENTION);
    }

    @Test
    void twentyOutletsNameTheMostAlikePairWithTheirNumbers() throws IOException {
        String text = twentyReport.bodyText();
        String most = ManyOutletsFixture.name(ManyOutletsFixture.MOST_FIRST + 1) + " (no. "
                + (ManyOutletsFixture.MOST_FIRST + 1) + ") and " + ManyOutletsFixture.name(ManyOutletsFixture.MOST_SECOND
                + 1) + " (no. " + (ManyOutletsFixture.MOST_SECOND + 1) + ") ("
                + CoverageSection.similarity(ManyOutletsFixture.MOST) + ").";

        assertThat(text).contains("Most alike: " + most);
        assertThat(text).contains("use: “ceasefire”, “special envoy”.");
        assertThat(AlikePair.most(twenty.crossOutlet().wording())).contains(new AlikePair(
                ManyOutletsFixture.MOST_FIRST, ManyOutletsFixture.MOST_SECOND, ManyOutletsFixture.MOST));
        assertThat(AlikePair.least(twenty.crossOutlet().wording())).contains(new AlikePair(
                ManyOutletsFixture.LEAST_FIRST, ManyOutletsFixture.LEAST_SECOND, ManyOutletsFixture.LEAST));
    }

    @Test
    void twentySimilarityColumnsHoldTheirFiguresOnOneLine() throws IOException {
        List<String> lines = sectionLines(twentyReport);
        double[][] values = twenty.crossOutlet().wording().values();

        for (int i = 0; i < 20; i++) {
            List<String> figures = new ArrayList<>();
            for (int j = 0; j < 20; j++) {
                if (i != j) {
                    figures.add(CoverageSection.similarity(values[i][j]));
                }
            }
            assertThat(lines).contains((i + 1) + " " + String.join(" ", figures));
        }
    }

    @Test
    void oneOutletFromTheRealPipelineSaysThereIsNoPairToCompare() throws IOException {
        OutletProfile kyiv = examples.outlets().stream()
                .filter(p -> p.article().outlet().equals("The Kyiv Independent")).findFirst().orElseThrow();
        Comparison one = new StoryComparer().compare("test", ComparisonFixture.REPORT_DATE, List.of(),
                List.of(kyiv), List.of());
        RenderedReport rendered = RenderedReport.of(one);
        String text = rendered.bodyText();

        assertThat(rendered.summary().replacedCharacters()).isZero();
        assertThat(text).contains("With one outlet, nothing can be left out that others include")
                .contains("There is only one outlet, so there is no pair of outlets whose wording could be compared.")
                .doesNotContain("Most alike:");
        assertThat(text).contains("Who or what The Kyiv Independent People");
    }

    @Test
    void handMadeComparisonsWithoutCrossOutletFiguresSaySo() throws IOException {
        String text = RenderedReport.of(ComparisonFixture.fiveOutlets()).bodyText();

        assertThat(text).contains("No person, organisation, place, event or number was mentioned by two outlets")
                .contains("No comparison of wording is available for these outlets.");
    }

    @Test
    void twoOutletsHaveOnePairAndNoBoxedWinner() throws IOException {
        Comparison two = ManyOutletsFixture.withCrossOutlet(2);
        String text = RenderedReport.of(two).bodyText();
        Optional<AlikePair> pair = AlikePair.most(two.crossOutlet().wording());

        assertThat(pair).isPresent();
        assertThat(text).contains("There is one pair to compare: " + ManyOutletsFixture.name(1) + " (no. 1) and "
                + ManyOutletsFixture.name(2) + " (no. 2) (" + CoverageSection.similarity(pair.get().value()) + ").")
                .doesNotContain("The most alike pair is boxed");
    }

    @Test
    void examplesPrintEveryMarkWithTheBundledFonts() {
        assertThat(report.summary().replacedCharacters()).isZero();
    }
}
