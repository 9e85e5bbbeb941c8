package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.compare.Comparison;
import org.framelens.loaded.ArticleKind;
import org.framelens.loaded.KindJudgement;
import org.framelens.measure.OutletProfile;
import org.framelens.prospect.ProspectProfile;
import org.framelens.sources.SourceProfile;
import org.junit.jupiter.api.Test;

class ClassroomSectionTest {

    private static final String HEADING = "For the classroom";
    private static final String CLOSING = "framelens describes language, not truth. Which of these figures would you "
            + "want to check against another source, and how?";

    /** Voices as on the cover test: the Bulwark's 1 is the fewest. */
    private static final Map<String, Integer> VOICES = Map.of("Clash Report", 7, "The Bulwark", 1,
            "The Kyiv Independent", 17, "Unnamed opinion blog", 4, "Unnamed political news site", 11);
    /** Prospect scores: Clash Report's +0.4 is the most hopeful, the Bulwark's −0.6 the most doubtful. */
    private static final Map<String, Double> PROSPECT = Map.of("Clash Report", 0.4, "The Bulwark", -0.6,
            "The Kyiv Independent", -0.2, "Unnamed opinion blog", 0.1, "Unnamed political news site", -0.1);

    /** The five example outlets with voices, prospect scores, and the blog read as opinion. */
    private static Comparison fiveScored() {
        Comparison five = ComparisonFixture.fiveOutlets();
        List<OutletProfile> outlets = five.outlets().stream().map(p -> {
            String outlet = p.article().outlet();
            int voices = VOICES.get(outlet);
            ProspectProfile prospect = new ProspectProfile(List.of(), PROSPECT.get(outlet), 0, 0, 0, 0, 0,
                    List.of(), List.of());
            ArticleKind kind = outlet.equals("Unnamed opinion blog") ? ArticleKind.OPINION : ArticleKind.NEWS;
            return p.withScores(prospect, new SourceProfile(List.of(), voices, voices, 0, 0, 0), p.frames(),
                    p.loaded(), new KindJudgement(kind, List.of(), null));
        }).toList();
        return new Comparison(five.toolVersion(), five.reportDate(), List.of("peace plan"), outlets,
                five.problems());
    }

    /** The numbered questions on the page, in order, whitespace flattened. */
    private static List<String> questions(String page) {
        String body = page.substring(page.indexOf(HEADING));
        Matcher numbered = Pattern.compile("(?<=^| )(\\d)\\. {1,2}(.*?)(?= \\d\\. |$)").matcher(body);
        List<String> found = new ArrayList<>();
        int expected = 1;
        while (numbered.find()) {
            if (Integer.parseInt(numbered.group(1)) == expected) {
                found.add(numbered.group(2).strip());
                expected++;
            }
        }
        return found;
    }

    /** The last page with its footer removed. */
    private static String lastPage(RenderedReport report) throws IOException {
        String page = report.flatPage(report.pageCount());
        return page.replaceAll(" ?framelens report · .*$", "");
    }

    @Test
    void lastPageAsksAboutTheMostHopefulAndDoubtfulHeadlinesTheFewestVoicesAndTheOpinionPiece() throws IOException {
        RenderedReport report = RenderedReport.of(fiveScored());

        String last = lastPage(report);
        List<String> asked = questions(last);

        assertThat(last).startsWith(HEADING);
        assertThat(report.flatPage(report.pageCount() - 1)).doesNotContain(HEADING);
        assertThat(asked).hasSize(6);
        // findings come first, in the cover's order: own-voice boosters lead
        assertThat(asked.get(0)).startsWith("Unnamed opinion blog asserted most (12.4 boosters per 1,000 own words")
                .endsWith("Find a sentence in each outlet named here that shows it. Do you read it the same way?");
        assertThat(asked.get(2)).isEqualTo("Compare the headline of Clash Report (“Trump Sends Top Envoy to Russia "
                + "to Finalize Ukraine Plan”) with the headline of The Bulwark (“As Putin Threatens Europe, Failure "
                + "of Trump Peace Plan Laid Bare”). Which words make one sound hopeful and the other doubtful?");
        assertThat(asked.get(3)).startsWith("Whose voice is missing from The Bulwark?");
        assertThat(asked.get(4)).startsWith("What tells you Unnamed opinion blog is opinion rather than news?");
        assertThat(asked.get(5)).isEqualTo(CLOSING);
        assertThat(report.bookmarks()).last().isEqualTo(HEADING);
    }

    @Test
    void twoOutletsWithNothingClearStillGetQuestionsFromTheirFigures() throws IOException {
        Comparison two = ComparisonFixture.create()
                .outlet("Clash Report", "Trump Sends Top Envoy to Russia", ComparisonFixture.REPORT_DATE, false,
                        ComparisonFixture.metrics(612, 27, 8.2, 4.9, 6.5, 3.3, 0.142))
                .outlet("The Bulwark", "Failure of Trump Peace Plan Laid Bare", ComparisonFixture.REPORT_DATE, false,
                        ComparisonFixture.metrics(1486, 58, 8.4, 5.0, 6.6, 3.4, 0.187))
                .build();

        List<String> asked = questions(lastPage(RenderedReport.of(two)));

        // equal prospect scores (0) give no headline question; equal voices (0) pick the first outlet
        assertThat(asked).hasSizeBetween(4, 6).doesNotContain("Compare the headline");
        assertThat(asked).anyMatch(q -> q.startsWith("Whose voice is missing from Clash Report?"));
        assertThat(asked).anyMatch(q -> q.startsWith("The Bulwark uses 6.6 hedges per 1,000 of its own words."));
        assertThat(asked).anyMatch(q -> q.startsWith("The Bulwark puts 18.7% of its words inside quotation marks."));
        assertThat(asked).last().isEqualTo(CLOSING);
    }

    @Test
    void oneOutletGetsAtLeastFourQuestionsOnTheLastPage() throws IOException {
        Comparison one = ComparisonFixture.create()
                .outlet("Clash Report", "Trump Sends Top Envoy to Russia", ComparisonFixture.REPORT_DATE, false,
                        ComparisonFixture.metrics(612, 27, 8.2, 4.9, 6.5, 3.3, 0.142))
                .build();
        RenderedReport report = RenderedReport.of(one);

        List<String> asked = questions(lastPage(report));

        assertThat(asked).hasSizeBetween(4, 6).last().isEqualTo(CLOSING);
        assertThat(asked).anyMatch(q -> q.startsWith("Clash Report uses 6.5 hedges per 1,000 of its own words."));
        assertThat(lastPage(report)).startsWith(HEADING);
    }

    @Test
    void noOutletsMeansNoClassroomPage() throws IOException {
        Comparison none = ComparisonFixture.create().problem("input/a.docx: not a text, HTML or PDF file").build();

        RenderedReport report = RenderedReport.of(none);

        assertThat(report.flatText()).doesNotContain(HEADING);
        assertThat(report.bookmarks()).doesNotContain(HEADING);
    }
}
