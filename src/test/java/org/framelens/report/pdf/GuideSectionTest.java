package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.framelens.compare.Comparison;
import org.framelens.report.pdf.layout.ArabicShaper;
import org.framelens.report.pdf.layout.Bookmarks;
import org.framelens.report.pdf.layout.DocumentFonts;
import org.framelens.report.pdf.layout.FontCatalog;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.PageFrame;
import org.framelens.report.pdf.layout.Typesetter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GuideSectionTest {

    private static final String HEADING = "How to read this report";
    private static final String NEXT = "For the classroom";
    private static final List<String> SUBHEADINGS = List.of("Hedges and boosters",
            "The outlet’s own words and quoted words", "Prospects: pessimistic or optimistic", "News frames",
            "Sources and share quoted", "Loaded language and “reads as”", "Coverage and similarity of wording",
            "What no figure here can tell you");

    private static RenderedReport report;
    /** The page's text, from its heading to the classroom page, footers and "(continued)" lines left out. */
    private static String guide;
    /** accuracy.properties as shipped in the jar. */
    private static Properties shipped;
    /** docs/accuracy.md, whitespace flattened. */
    private static String documented;

    @BeforeAll
    static void render() throws IOException {
        report = RenderedReport.of(ComparisonFixture.fiveOutlets());
        String body = report.bodyText();
        int from = body.lastIndexOf(HEADING + " Every figure");
        assertThat(from).as("the guide's heading").isNotNegative();
        guide = body.substring(from, body.indexOf(NEXT, from));
        shipped = new Properties();
        try (InputStream in = GuideSection.class.getResourceAsStream(MeasuredAccuracy.RESOURCE)) {
            shipped.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        documented = RenderedReport.flat(Files.readString(Path.of("docs/accuracy.md"), StandardCharsets.UTF_8));
    }

    @Test
    void pageOpensWithItsHeadingAndBookmarkJustBeforeTheClassroomPage() throws IOException {
        int first = pageStartingWith(HEADING);

        assertThat(report.flatPage(first - 1)).doesNotContain(HEADING + " Every figure");
        assertThat(report.flatPage(first + 1)).startsWith(HEADING + " (continued)");
        assertThat(report.flatPage(first + 2)).startsWith(NEXT);
        assertThat(report.bookmarks()).containsSubsequence("  Unnamed political news site", HEADING,
                "  " + SUBHEADINGS.get(0), NEXT);
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void pageRunsToTwoPagesOnEitherPaper(PaperSize paper) throws IOException {
        RenderedReport onPaper = RenderedReport.of(ComparisonFixture.fiveOutlets(), paper);
        int first = 1;
        while (!onPaper.flatPage(first).startsWith(HEADING)) {
            first++;
        }

        assertThat(onPaper.flatPage(first + 2)).startsWith(NEXT);
    }

    @Test
    void everyMeasureAndTheLimitsHaveASubheadingAndABookmarkInOrder() throws IOException {
        assertThat(guide).containsSubsequence(SUBHEADINGS);
        assertThat(report.bookmarks()).containsSubsequence(SUBHEADINGS.stream().map(s -> "  " + s).toList());
    }

    @Test
    void eachMeasureSaysHowItIsComputedWithExampleWords() {
        assertThat(guide).containsSubsequence("Hedges and boosters", "“reportedly”", "per 1,000 words",
                "The outlet’s own words", "quotation marks", "Prospects:", "“not a breakthrough” turns round",
                "from \u22121 to +1", "News frames", "one strong word from that frame’s list",
                "Sources and share quoted", "“according to analysts”", "Loaded language", "“dictator”",
                "fixed thresholds", "Coverage and similarity", "at least half of the others");
    }

    @Test
    void prospectAgreementIsPrintedAsShippedAndAsDocumented() {
        Matcher printed = find(guide, "framelens gave (\\d+) of (\\d+) sentences \\((\\d+)%\\) the label the careful "
                + "reader gave");
        Matcher md = find(documented, "Accuracy: (\\d+)% \\((\\d+) of (\\d+) sentences");

        assertThat(List.of(printed.group(1), printed.group(2), printed.group(3))).containsExactly(
                shipped.getProperty("prospect.agreed"), shipped.getProperty("prospect.sentences"),
                wholePercent("prospect.accuracy"));
        assertThat(List.of(printed.group(3), printed.group(1), printed.group(2)))
                .containsExactly(md.group(1), md.group(2), md.group(3));
    }

    @Test
    void outletOrderIsPrintedAsDocumented() {
        Matcher md = find(documented, "Order, most optimistic first: hand labels (.*?); framelens (.*?)\\. ## Hedges");
        boolean same = md.group(1).equals(md.group(2));
        int outlets = md.group(1).split(" > ").length;

        assertThat(shipped.getProperty("prospect.outlets.sameOrder")).isEqualTo(Boolean.toString(same));
        String order = same ? "the same order as the hand labels put them"
                : "a different order from the one the hand labels give";

        assertThat(guide).contains("the " + outlets + " outlets came out in " + order);
    }

    @Test
    void hedgeAgreementIsPrintedAsShippedAndAsDocumented() {
        Matcher printed = find(guide, "of the (\\d+) hedges framelens found, (\\d+)% were also marked by hand; of the "
                + "(\\d+) marked by hand, it found (\\d+)%");
        Matcher md = find(documented, "precision (\\d+)%, recall (\\d+)%, F1 \\d+% \\((\\d+) found, (\\d+) marked\\)");

        assertThat(groups(printed)).containsExactly(shipped.getProperty("hedges.found"),
                wholePercent("hedges.precision"), shipped.getProperty("hedges.marked"), wholePercent("hedges.recall"));
        assertThat(groups(printed)).containsExactly(md.group(3), md.group(1), md.group(4), md.group(2));
    }

    @Test
    void loadedLanguageAgreementIsPrintedAsShippedAndAsDocumented() {
        Matcher printed = find(guide, "of the (\\d+) loaded words and marks framelens found, (\\d+)% were also marked "
                + "by hand; of the (\\d+) marked by hand, it found (\\d+)%");
        Matcher md = find(documented,
                "precision (\\d+)% \\(\\d+ of (\\d+) found\\), recall (\\d+)% \\(\\d+ of (\\d+) marked\\)");

        assertThat(groups(printed)).containsExactly(shipped.getProperty("loaded.found"),
                wholePercent("loaded.precision"), shipped.getProperty("loaded.marked"), wholePercent("loaded.recall"));
        assertThat(groups(printed)).containsExactly(md.group(2), md.group(1), md.group(4), md.group(3));
    }

    @Test
    void frameAgreementIsPrintedAsShippedAndAsDocumented() {
        Matcher printed = find(guide, "of the (\\d+) frames framelens gave to sentences, (\\d+)% were also given by "
                + "hand; of the (\\d+) given by hand, it found (\\d+)%");
        Matcher md = find(documented, "\\| all frames \\| (\\d+)% \\| (\\d+)% \\| \\d+% \\| (\\d+) \\|");

        assertThat(groups(printed)).containsExactly(shipped.getProperty("frames.found"),
                wholePercent("frames.precision"), shipped.getProperty("frames.marked"), wholePercent("frames.recall"));
        assertThat(List.of(printed.group(2), printed.group(3), printed.group(4)))
                .containsExactly(md.group(1), md.group(3), md.group(2));
    }

    @Test
    void sentencesLabelledByHandArePrintedAsDocumented() {
        Matcher md = find(documented, "Sentences labelled: (\\d+)\\.");

        assertThat(guide).contains("labelled by hand sentence by sentence (" + md.group(1) + " sentences)");
        assertThat(shipped.getProperty("measured.sentences")).isEqualTo(md.group(1));
    }

    @Test
    void saysTheFiguresFlatterFramelensBecauseItsListsWereTunedOnTheSameArticles() {
        assertThat(guide).contains("Its word lists were adjusted on those same articles, so these figures flatter it");
    }

    @Test
    void measuresNobodyCheckedByHandSaySo() {
        String unchecked = "Checked against a careful reader: not yet; compare the figure with the sentences "
                + "behind it.";

        assertThat(guide.split(Pattern.quote(unchecked), -1)).hasSize(4);
        assertThat(guide).containsSubsequence("The outlet’s own words", unchecked, "Prospects:", "Sources and share",
                unchecked, "Loaded language", "Coverage and similarity", unchecked, "What no figure");
        assertThat(guide).contains("Boosters have not been checked this way yet.")
                .contains("“Reads as” has not been checked this way yet.");
    }

    @Test
    void limitsSayEnglishOnlyMissedMeaningLanguageNotTruthAndWhereToLook() {
        String limits = guide.substring(guide.indexOf("What no figure here can tell you"));

        assertThat(limits).containsSubsequence("English only.", "Word lists and models miss things.", "Irony",
                "A score describes language, not truth.",
                "No figure here says whether an article is true, fair or complete.",
                "A figure is a question, not a verdict.", "Where to look further.", "JSON report",
                "docs/accuracy.md");
    }

    @Test
    void printsEveryCharacterInTheBundledFonts() {
        assertThat(report.summary().replacedCharacters()).isZero();
    }

    @Test
    void saysADifferentOrderWhenFramelensOrdersTheOutletsOtherwise() throws IOException {
        MeasuredAccuracy measured = MeasuredAccuracy.standard();
        MeasuredAccuracy reordered = new MeasuredAccuracy(measured.articles(), measured.sentences(),
                measured.prospects(), 7, false, measured.hedges(), measured.loaded(), measured.frames());
        try (PDDocument document = new PDDocument();
             PageFlow flow = new PageFlow(document, new PageFrame(PaperSize.LETTER.mediaBox(), 50f, 20f))) {
            ReportContext context = new ReportContext(ComparisonFixture.fiveOutlets(), ReportEdition.FULL, flow,
                    new Typesetter(new DocumentFonts(document, FontCatalog.standard()), ArabicShaper.standard()),
                    new Bookmarks(document), ReportStyles.standard(), ReportText.standard());

            assertThat(new GuideSection(reordered).accuracyText(context, "prospects"))
                    .endsWith("the 7 outlets came out in a different order from the one the hand labels give.");
        }
    }

    @Test
    void addsNothingWhenNoOutletCouldBeCompared() throws IOException {
        Comparison none = new Comparison("0.1.0", ComparisonFixture.REPORT_DATE, List.of(), List.of(), List.of());

        assertThat(RenderedReport.of(none).flatText()).doesNotContain(HEADING);
    }

    /** The first page whose text starts with {@code heading}. */
    private static int pageStartingWith(String heading) throws IOException {
        for (int page = 1; page <= report.pageCount(); page++) {
            if (report.flatPage(page).startsWith(heading)) {
                return page;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    /** A shipped share as the page prints it: 0.68 as "68". */
    private static String wholePercent(String key) {
        return Long.toString(Math.round(Double.parseDouble(shipped.getProperty(key)) * 100));
    }

    private static Matcher find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("text matching " + regex).isTrue();
        return matcher;
    }

    private static List<String> groups(Matcher matcher) {
        return List.of(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4));
    }
}
