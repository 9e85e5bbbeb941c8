package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.annotate.Sentence;
import org.framelens.compare.Comparison;
import org.framelens.frames.Frame;
import org.framelens.frames.FrameProfile;
import org.framelens.frames.SentenceFrames;
import org.framelens.measure.OutletProfile;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FramesSectionTest {

    private static final String HEADING = "Frames: the angles each outlet takes";
    private static final FigureFormat FIGURES = new FigureFormat(ReportText.standard());

    private static Comparison examples;
    private static RenderedReport report;

    @BeforeAll
    static void writeTheExamples() {
        examples = Examples.comparison(ComparisonFixture.REPORT_DATE);
        report = RenderedReport.of(examples);
    }

    /** The number (1-based) of the page the section starts on. */
    private static int framesPage(RenderedReport rendered) throws IOException {
        for (int page = 1; page <= rendered.pageCount(); page++) {
            if (rendered.flatPage(page).startsWith(HEADING)) {
                return page;
            }
        }
        throw new AssertionError("no page starts with " + HEADING);
    }

    @Test
    void sectionStartsOnItsOwnPageAfterProspectsWithItsBookmark() throws IOException {
        int page = framesPage(report);

        assertThat(report.flatPage(page - 1)).doesNotContain(HEADING);
        assertThat(report.bookmarks()).containsSubsequence("Prospects: pessimistic or optimistic", HEADING,
                "Coverage and wording", "The evidence, outlet by outlet");
    }

    @Test
    void gridRowOfEveryOutletPrintsItsSixSharesAsTheModelHasThem() throws IOException {
        int page = framesPage(report);
        List<String> lines = lines(report.text(page, page, true));

        assertThat(lines).contains("Outlet conflict interest economic morality responsibility strategy");
        for (OutletProfile profile : examples.outlets()) {
            String shares = String.join(" ", Arrays.stream(Frame.values())
                    .map(f -> FIGURES.percent(profile.frames().share(f))).toList());
            assertThat(lines).as(profile.article().outlet()).anyMatch(line -> line.endsWith(shares)
                    && line.startsWith(profile.article().outlet().split(" ")[0]));
        }
    }

    @Test
    void largestFrameIsTheOutletsHighestShareAndTiesAreAllMarked() {
        FrameProfile tie = profile(Set.of(Frame.CONFLICT, Frame.STRATEGY), Set.of(Frame.STRATEGY),
                Set.of(Frame.CONFLICT), Set.of());

        assertThat(FramesSection.largest(tie)).containsExactly(Frame.CONFLICT, Frame.STRATEGY);
        assertThat(FramesSection.mainFrame(tie)).contains(Frame.CONFLICT);
        assertThat(FramesSection.largest(profile(Set.of(), Set.of()))).isEmpty();
        assertThat(FramesSection.largest(profile(Set.of(Frame.MORALITY), Set.of(Frame.MORALITY, Frame.ECONOMIC))))
                .containsExactly(Frame.MORALITY);
    }

    @Test
    void eachOutletQuotesTheClearestSentenceOfItsLargestFrameWithItsNumber() throws IOException {
        String text = report.bodyText();
        int from = text.indexOf("Each outlet’s main frame in one of its sentences");
        assertThat(from).isPositive();
        String below = text.substring(from);

        List<String> expected = new ArrayList<>();
        for (OutletProfile profile : examples.outlets()) {
            Frame largest = Arrays.stream(Frame.values())
                    .max((a, b) -> Double.compare(profile.frames().share(a), profile.frames().share(b)))
                    .orElseThrow();
            int index = profile.frames().examples().get(largest).get(0);
            Sentence sentence = profile.annotated().sentences().get(index);
            assertThat(sentence.index()).isEqualTo(index);
            String start = sentence.text().substring(0, Math.min(25, sentence.text().length()));
            expected.add(profile.article().outlet() + " Main frame, " + largest.label().replace('_', ' ') + " ("
                    + FIGURES.percent(profile.frames().share(largest)) + " of sentences): [" + (index + 1) + "] "
                    + RenderedReport.flat(start));
        }
        assertThat(below).containsSubsequence(expected);
    }

    @Test
    void saysWhatEachFrameMeansAndThatSharesNeedNotAddUp() throws IOException {
        String page = report.flatPage(framesPage(report));

        assertThat(page).containsSubsequence("What each frame means", "Conflict: sentences about",
                "Human interest: sentences", "Economic: sentences", "Morality: sentences",
                "Responsibility: sentences", "Strategy: sentences");
        assertThat(page).contains("A sentence can use several frames or none, so an outlet’s shares need not add "
                + "up to 100%.");
    }

    @Test
    void outletsWithoutAnyFrameShowZerosAndSaySoUnderTheGrid() throws IOException {
        RenderedReport handMade = RenderedReport.of(ComparisonFixture.fiveOutlets());
        String text = handMade.bodyText();

        assertThat(text).contains("Clash Report 0.0% 0.0% 0.0% 0.0% 0.0% 0.0%");
        assertThat(text.split("no sentence uses any of the six frames", -1)).hasSize(6);
    }

    @Test
    void twentyOutletsAllAppearWithUnbrokenFrameNames() throws IOException {
        Comparison twenty = ManyOutletsFixture.withCrossOutlet(20);
        RenderedReport rendered = RenderedReport.of(twenty, PaperSize.A4);
        int page = framesPage(rendered);
        String text = rendered.bodyText();

        assertThat(rendered.summary().replacedCharacters()).isZero();
        assertThat(lines(rendered.text(page, page, true)))
                .contains("Outlet conflict interest economic morality responsibility strategy");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            names.add(ManyOutletsFixture.name(i) + " Main frame,");
        }
        assertThat(text.substring(text.indexOf(HEADING))).containsSubsequence(names);
    }

    @Test
    void oneOutletGetsItsRowAndItsSentence() throws IOException {
        Comparison one = ManyOutletsFixture.withCrossOutlet(1);
        String text = RenderedReport.of(one).bodyText();

        assertThat(text).contains(HEADING).contains("Outlet conflict human interest")
                .contains("The Extraordinarily Long-Named Regional Broadcasting Corporation of the Northern "
                        + "Provinces, Evening Edition Number 1 Main frame, conflict (25.0% of sentences): [1]");
    }

    @Test
    void examplesPrintEveryCharacterWithTheBundledFonts() {
        assertThat(report.summary().replacedCharacters()).isZero();
    }

    /** A profile whose sentences use the given frames, one set per sentence. */
    @SafeVarargs
    private static FrameProfile profile(Set<Frame>... sentences) {
        List<SentenceFrames> framed = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            Map<Frame, Integer> scores = new java.util.EnumMap<>(Frame.class);
            sentences[i].forEach(f -> scores.put(f, 2));
            framed.add(new SentenceFrames(i, sentences[i], scores, List.of()));
        }
        return FrameProfile.of(framed);
    }

    private static List<String> lines(String text) {
        return text.lines().map(RenderedReport::flat).toList();
    }
}
