package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.framelens.annotate.Sentence;
import org.framelens.article.Removal;
import org.framelens.compare.Comparison;
import org.framelens.measure.Cue;
import org.framelens.measure.CueCategory;
import org.framelens.measure.OutletProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletSectionTest {

    private static final Comparison FIVE = ComparisonFixture.fiveOutlets();
    private static final RenderedReport REPORT = RenderedReport.of(FIVE);
    private static final String BODY = body();
    private static final String SECTION_START = "The evidence, outlet by outlet Each outlet has a part of its own";

    @Test
    void listsEverySentenceHoldingACueUnderItsOutletWithItsNumber() throws IOException {
        for (int i = 0; i < FIVE.outlets().size(); i++) {
            OutletProfile profile = FIVE.outlets().get(i);
            String evidence = evidence(i);
            for (CueCategory category : List.of(CueCategory.HEDGE, CueCategory.BOOSTER)) {
                String list = list(evidence, category);
                List<Cue> cues = profile.cues(category);
                assertThat(cues.isEmpty()).as("%s has %s", profile.article().outlet(), category).isEqualTo(
                        list.contains("none found"));
                for (Cue cue : cues) {
                    Sentence sentence = profile.annotated().sentences().get(cue.sentence());
                    assertThat(squashed(list)).as("%s %s", profile.article().outlet(), category)
                            .contains(squashed("[" + (sentence.index() + 1) + "] " + sentence.text()));
                }
            }
        }
    }

    @Test
    void leavesOutSentencesWithoutCues() throws IOException {
        String clash = evidence(0);

        assertThat(clash).doesNotContain("We are approaching a deal")
                .doesNotContain("the “spirit and letter” of the agreements");
    }

    @Test
    void printsASentenceOncePerKindOfCueItHolds() throws IOException {
        String bulwark = squashed(evidence(1));

        assertThat(occurrences(bulwark, squashed("[4] Putin’s belligerent remarks"))).as("two hedges").isEqualTo(1);
        assertThat(occurrences(bulwark, squashed("[5] If Putin ends the war"))).as("a hedge and a booster")
                .isEqualTo(2);
        assertThat(occurrences(squashed(evidence(3)), squashed("[4] For now, the guns"))).as("“perhaps” twice")
                .isEqualTo(1);
    }

    @Test
    void saysAfterEachSentenceWhoseWordsItIs() throws IOException {
        assertThat(squashed(evidence(0))).contains(squashed("[5] The first version of the plan reportedly called "
                        + "for Ukraine to cede territory to Moscow, limit its military, and abandon NATO aspirations. "
                        + "— outlet’s own words"))
                .contains(squashed("guarantees appear “very robust.” — partly quoted: Ukrainian officials"))
                .contains(squashed("situation for Russia. — outlet’s own words, reporting Sergey Lavrov"));
        assertThat(squashed(evidence(2)))
                .contains(squashed("expert Jenny Mathers said. — partly quoted: Jenny Mathers"))
                .contains(squashed("defeat anytime soon.” — quoted: Anton Barbashin"));
        assertThat(squashed(evidence(3)))
                .contains(squashed("led by France and the UK. — partly quoted, speaker not named"));
        assertThat(squashed(evidence(4)))
                .contains(squashed("[4] “He (Zelensky) could also choose to keep fighting.” "
                        + "— quoted, speaker not named"));
    }

    @Test
    void headsEachListWithHowManyCuesInHowManySentencesAndHowManyInsideQuotations() throws IOException {
        assertThat(evidence(0)).contains("Hedges — 4 in 4 sentences [5]", "Boosters — none found");
        assertThat(evidence(1)).contains("Hedges — 4 in 3 sentences [4]", "Boosters — 2 in 2 sentences [3]");
        assertThat(evidence(2)).contains("Hedges — 3 in 3 sentences, 2 of them inside quotation marks [4]",
                "Boosters — 3 in 3 sentences, 1 of them inside quotation marks [2]");
        assertThat(evidence(3)).contains("Hedges — 5 in 3 sentences [2]");
        assertThat(evidence(4)).contains("Hedges — 3 in 3 sentences, 1 of them inside quotation marks [4]",
                "Boosters — 1 in 1 sentence [5]");
    }

    @Test
    void listsWhoIsQuotedMostFrequentFirstWithTiesInAlphabeticalOrder() throws IOException {
        String each = "Who is quoted — the number of sentences attributed to each speaker, in quotation marks or in "
                + "the outlet’s own paraphrase ";

        assertThat(speakers(0)).isEqualTo(each
                + "Sergey Lavrov (2 sentences) · Donald Trump (1 sentence) · Ukrainian officials (1 sentence)");
        assertThat(speakers(1)).isEqualTo(each + "Putin (1 sentence)");
        assertThat(speakers(2)).isEqualTo(each
                + "Jenny Mathers (2 sentences) · analysts (1 sentence) · Anton Barbashin (1 sentence)");
        assertThat(speakers(3)).isEqualTo("Who is quoted — no named speakers");
        assertThat(speakers(4)).isEqualTo(each + "Trump (2 sentences) · Britain’s Guardian (1 sentence)");
    }

    @Test
    void opensEachOutletWithItsHeadlineDateFileAndKind() throws IOException {
        assertThat(evidence(0)).startsWith("Clash Report Headline: Trump Sends Top Envoy to Russia to Finalize "
                + "Ukraine Plan Date: 26 Nov 2025 · File: clash-report.txt · Reads as: news Size and sources:");
        assertThat(evidence(1)).startsWith("The Bulwark Headline: As Putin Threatens Europe, Failure of Trump Peace "
                + "Plan Laid Bare Date: 2 Dec 2025 (approx.) · File: the-bulwark.txt");
        assertThat(evidence(3)).contains("Date: date unknown · File: unnamed-opinion-blog.txt");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void printsEveryMeasureAsTheModelHasIt(int index) throws IOException {
        OutletProfile profile = FIVE.outlets().get(index);
        FigureFormat format = new FigureFormat(ReportText.standard());
        var m = profile.metrics();
        var p = profile.prospect();

        assertThat(between(evidence(index), "Size and sources:", "Hedges — ")).isEqualTo(
                "Size and sources: " + format.count(m.words()) + " words · " + format.percent(m.quotedShare())
                + " of the words quoted · voices " + profile.sources().namedVoices() + " named, "
                + profile.sources().anonymousVoices() + " unnamed Hedging and certainty: hedges "
                + format.rate(m.hedgesPer1k()) + " per 1,000 words (" + format.rate(m.authorHedgesPer1k())
                + " per 1,000 own words) · boosters " + format.rate(m.boostersPer1k()) + " per 1,000 words ("
                + format.rate(m.authorBoostersPer1k()) + " per 1,000 own words) Prospects and tone: prospect "
                + format.score(p.score()) + " (own words " + format.score(p.authorScore()) + ", quoted "
                + format.score(p.quotedScore()) + ") on a scale from \u22121 pessimistic to +1 optimistic · loaded "
                + "words " + format.rate(profile.loaded().per1k()) + " per 1,000 words");
    }

    @Test
    void explainsTheMarkingAtTheTopOfTheSection() throws IOException {
        assertThat(BODY).contains(SECTION_START)
                .contains("Key: counted words are bold and underlined; words inside quotation marks are italic; [12] "
                        + "is the 12th sentence of the article (sentence 11 in the JSON file, which counts from 0).");
    }

    @Test
    void comesAfterTheComparisonPagesAndBeforeTheGuideWithABookmarkPerOutlet() throws IOException {
        String text = BODY;

        assertThat(text.indexOf("Prospects: pessimistic or optimistic")).isLessThan(text.indexOf(SECTION_START));
        assertThat(text.indexOf("Coverage and wording")).isLessThan(text.indexOf(SECTION_START));
        assertThat(text.indexOf(SECTION_START)).isLessThan(text.indexOf("For the classroom Questions"));
        assertThat(text).doesNotContain("What was removed before analysis framelens analyses");
        List<String> bookmarks = REPORT.bookmarks();
        int section = bookmarks.indexOf("The evidence, outlet by outlet");
        assertThat(section).isPositive();
        assertThat(bookmarks.subList(section + 1, section + 7)).containsExactly("  Clash Report",
                "  The Bulwark", "  The Kyiv Independent", "  Unnamed opinion blog", "  Unnamed political news site",
                "How to read this report");
    }

    @Test
    void startsEachOutletOnANewPage() throws IOException {
        int sectionPage = pageStarting(REPORT, "The evidence, outlet by outlet");
        assertThat(REPORT.flatPage(sectionPage)).contains("Clash Report Headline:");
        for (int i = 1; i < FIVE.outlets().size(); i++) {
            String name = FIVE.outlets().get(i).article().outlet();
            int page = pageStarting(REPORT, name + " Headline:");
            assertThat(REPORT.flatPage(page - 1)).as(name).doesNotContain(name + " Headline:")
                    .contains(FIVE.outlets().get(i - 1).article().outlet());
        }
    }

    @Test
    void setsCueWordsBoldAndUnderlinedAndQuotedWordsItalic() throws IOException {
        try (PDDocument document = REPORT.open()) {
            int pageIndex = pageHolding(document, "reportedly called");
            PDPage page = document.getPage(pageIndex);
            List<TextPosition> glyphs = glyphs(document, pageIndex);
            List<float[]> rules = horizontalRules(page);
            float height = page.getMediaBox().getHeight();

            List<TextPosition> cue = word(glyphs, "plan reportedly called", 5, 15);
            assertThat(cue).allSatisfy(g -> assertThat(g.getFont().getName()).endsWith("LiberationSerif-Bold"));
            assertThat(underlined(rules, cue, height)).as("rule under “reportedly”").isTrue();
            List<TextPosition> after = word(glyphs, "plan reportedly called", 16, 22);
            assertThat(after).allSatisfy(g -> assertThat(g.getFont().getName()).endsWith("+LiberationSerif"));
            assertThat(underlined(rules, after, height)).as("no rule under “called”").isFalse();

            List<TextPosition> quoted = word(glyphs, "the “core” of", 4, 10);
            assertThat(quoted).allSatisfy(g -> assertThat(g.getFont().getName()).endsWith("LiberationSerif-Italic"));
            assertThat(underlined(rules, quoted, height)).isFalse();
        }
        try (PDDocument document = REPORT.open()) {
            int pageIndex = pageHolding(document, "or indeed both");
            List<TextPosition> quotedCue = word(glyphs(document, pageIndex), "or indeed both", 3, 9);
            assertThat(quotedCue)
                    .allSatisfy(g -> assertThat(g.getFont().getName()).endsWith("LiberationSerif-BoldItalic"));
            assertThat(underlined(horizontalRules(document.getPage(pageIndex)), quotedCue,
                    document.getPage(pageIndex).getMediaBox().getHeight())).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("capped")
    void printsAtMostSixSentencesOfAKindAndPointsToTheJsonForTheRest(int sentences, String more)
            throws IOException {
        List<ComparisonFixture.Said> evidence = new ArrayList<>();
        for (int week = 1; week <= sentences; week++) {
            evidence.add(ComparisonFixture.own("Talks {may} resume in week " + week + "."));
        }
        evidence.add(ComparisonFixture.own("The envoy is <certainly> on his way."));
        Comparison comparison = ComparisonFixture.create()
                .outlet("Wire Service", "Talks, week by week", LocalDate.of(2025, 11, 30), false,
                        ComparisonFixture.metrics(400, 20, 5.0, 2.5, 5.0, 2.5, 0.1), List.of("Talks, week by week"),
                        List.of(), evidence)
                .build();

        String text = RenderedReport.of(comparison).bodyText();

        int printed = Math.min(sentences, CuePassages.SENTENCE_LIMIT);
        assertThat(CuePassages.SENTENCE_LIMIT).isEqualTo(6);
        assertThat(text).contains("Hedges — " + sentences + " in " + sentences + " sentences [2] Talks may");
        assertThat(text).contains("[" + (printed + 1) + "] Talks may resume in week " + printed + ".")
                .doesNotContain("Talks may resume in week " + (printed + 1) + ".");
        if (more == null) {
            assertThat(text).doesNotContain("more sentence");
        } else {
            assertThat(text).contains("week " + printed + ". — outlet’s own words " + more
                    + " listed with " + (more.contains(" 1 more") ? "its" : "their")
                    + " cues in the JSON report written with this PDF. Boosters — 1 in 1 sentence");
        }
    }

    static Stream<Arguments> capped() {
        return Stream.of(
                Arguments.of(6, null),
                Arguments.of(7, "… and 1 more sentence with hedges,"),
                Arguments.of(12, "… and 6 more sentences with hedges,"));
    }

    @Test
    void anOutletWithoutCuesOrSpeakersSaysSo() throws IOException {
        Comparison comparison = ComparisonFixture.create()
                .outlet("Clean Wire", "A tidy article", LocalDate.of(2025, 11, 30), false,
                        ComparisonFixture.metrics(400, 20, 0, 0, 0, 0, 0))
                .build();

        assertThat(RenderedReport.of(comparison).bodyText()).contains("Clean Wire Headline: A tidy article Date: "
                + "30 Nov 2025 · File: clean-wire.txt · Reads as: news Size and sources: 400 words",
                "Hedges — none found Boosters — none found Prospects — no sentence speaks of the chances of the "
                + "subject Loaded language — none found Who is quoted — no named speakers What was removed before "
                + "analysis — Nothing was removed: all of this article’s text was analysed.");
    }

    @Test
    void repeatsTheOutletsNameAtTheTopOfEachPageItsEvidenceRunsOnto() throws IOException {
        List<ComparisonFixture.Said> evidence = new ArrayList<>();
        for (int week = 1; week <= 20; week++) {
            evidence.add(ComparisonFixture.own("Talks {may} resume in week " + week + ", officials said, "
                    + "although nobody could say where, with whom or on what terms they would resume this time."));
        }
        Comparison comparison = ComparisonFixture.create()
                .outlet("Wire Service", "Talks, week by week", LocalDate.of(2025, 11, 30), false,
                        ComparisonFixture.metrics(400, 20, 5.0, 2.5, 5.0, 2.5, 0.1), List.of("Talks, week by week"),
                        removedMenus(40), evidence)
                .build();
        RenderedReport report = RenderedReport.of(comparison);

        int continued = 0;
        int first = 1;
        while (first <= report.pageCount() && !report.flatPage(first).contains("Talks may resume in week")) {
            first++;
        }
        for (int page = first + 1; page <= report.pageCount(); page++) {
            String text = report.flatPage(page);
            if (text.contains("Talks may resume in week") || text.contains("Home | World")) {
                assertThat(text).as("page %d", page).startsWith("Wire Service (continued)");
                continued++;
            }
        }
        assertThat(continued).isPositive();
    }

    @Test
    void givesTwentyOutletsAPageAndABookmarkEachUnderTheSection() throws IOException {
        ComparisonFixture fixture = ComparisonFixture.create();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String name = "The Extraordinarily Long-Named Regional Broadcasting Corporation, Edition " + i;
            names.add("  " + name);
            fixture.outlet(name, "Talks drag on, week " + i, i % 4 == 0 ? null : LocalDate.of(2025, 11, i), false,
                    ComparisonFixture.metrics(500, 20, 1, 1, 1, 1, 0.1), List.of("Talks drag on, week " + i),
                    removedMenus(i % 3), List.of(ComparisonFixture.said("Spokesperson " + i,
                            "“Talks {may} resume,” the spokesperson said.")));
        }
        RenderedReport report = RenderedReport.of(fixture.build());

        List<String> bookmarks = report.bookmarks();
        int section = bookmarks.indexOf("The evidence, outlet by outlet");
        assertThat(bookmarks.subList(section + 1, section + 21)).isEqualTo(names);
        for (int i = 2; i <= 20; i++) {
            assertThat(pageStarting(report, names.get(i - 1).strip())).as("outlet %d", i).isPositive();
        }
        assertThat(report.bodyText()).contains("Edition 4 Headline: Talks drag on, week 4 Date: date unknown");
    }

    /** Menus cleaning removed, one block each: enough to run an outlet's part over more than one page. */
    private static List<Removal> removedMenus(int blocks) {
        List<Removal> removed = new ArrayList<>();
        for (int i = 1; i <= blocks; i++) {
            removed.add(new Removal("navigation", "Home | World | Europe | Ukraine | Page " + i));
        }
        return removed;
    }

    private static String body() {
        try {
            return REPORT.bodyText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noPageEndsWithAnOutletOrListHeadingCutOffFromWhatItIntroduces() throws IOException {
        ComparisonFixture fixture = ComparisonFixture.create();
        for (int i = 1; i <= 12; i++) {
            List<ComparisonFixture.Said> evidence = new ArrayList<>();
            for (int s = 1; s <= 1 + i % 5; s++) {
                evidence.add(ComparisonFixture.said("Speaker " + s, "Officials {may} meet again in round " + s
                        + ", " + "though nobody would say where or when. ".repeat(i % 3 + 1).strip()));
            }
            evidence.add(ComparisonFixture.own("The envoy is <certainly> on his way to round " + i + "."));
            fixture.outlet("Outlet number " + i, "Talks drag on, week " + i, LocalDate.of(2025, 11, i), false,
                    ComparisonFixture.metrics(500, 20, 1, 1, 1, 1, 0.1), List.of("Talks drag on, week " + i),
                    List.of(), evidence);
        }
        RenderedReport report = RenderedReport.of(fixture.build());

        for (int page = 2; page <= report.pageCount(); page++) {
            String body = report.flatPage(page).replaceAll("framelens report · .*$", "").strip();
            assertThat(body).as("page %d", page)
                    .doesNotMatch("(?s).*(Outlet number \\d+|Headline: Talks drag on, week \\d+|Reads as: news"
                            + "|per 1,000 words|(Hedges|Boosters) — \\d+ in \\d+ sentences?|own paraphrase"
                            + "|was removed:|were removed:)$");
        }
    }

    private static String speakers(int index) {
        return between(evidence(index), "Who is quoted", "What was removed before analysis");
    }

    /** The body text of outlet {@code index}'s part of the section, from its name to the next outlet's. */
    private static String evidence(int index) {
        String text = BODY;
        int section = text.indexOf(SECTION_START);
        int sectionEnd = text.indexOf("For the classroom Questions", section);
        assertThat(section).isPositive();
        assertThat(sectionEnd).isGreaterThan(section);
        int start = text.indexOf(FIVE.outlets().get(index).article().outlet() + " Headline:", section);
        int end = index + 1 < FIVE.outlets().size()
                ? text.indexOf(FIVE.outlets().get(index + 1).article().outlet() + " Headline:", start)
                : sectionEnd;
        assertThat(start).isPositive();
        return text.substring(start, end).strip();
    }

    /** The part of an outlet's evidence listing one kind of cue. */
    private static String list(String evidence, CueCategory category) {
        int hedges = evidence.indexOf("Hedges — ");
        int boosters = evidence.indexOf("Boosters — ");
        int prospects = evidence.indexOf("Prospects — ");
        return category == CueCategory.HEDGE ? evidence.substring(hedges, boosters)
                : evidence.substring(boosters, prospects);
    }

    /** The part of an outlet's evidence between two list headings. */
    private static String between(String evidence, String from, String to) {
        int start = evidence.indexOf(from);
        int end = evidence.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return evidence.substring(start, end).strip();
    }

    /** The text without any whitespace, so a line broken after a hyphen still matches. */
    private static String squashed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The first page (from 1) whose body starts with {@code text}, or whose first outlet part does. */
    private static int pageStarting(RenderedReport report, String text) throws IOException {
        for (int page = 1; page <= report.pageCount(); page++) {
            if (report.flatPage(page).startsWith(text)) {
                return page;
            }
        }
        throw new AssertionError("no page starts with " + text);
    }

    static int pageHolding(PDDocument document, String text) throws IOException {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            if (stripper.getText(document).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    /** The printed glyphs of one page, in drawing order. */
    static List<TextPosition> glyphs(PDDocument document, int pageIndex) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(document);
        return glyphs;
    }

    /** The glyphs from {@code from} to {@code to} (exclusive) of the first place the page spells {@code context}. */
    private static List<TextPosition> word(List<TextPosition> glyphs, String context, int from, int to) {
        String page = String.join("", glyphs.stream().map(TextPosition::getUnicode).toList());
        int at = page.indexOf(context);
        assertThat(at).as("page spells %s on one line", context).isNotNegative();
        assertThat(page.substring(at + from, at + to)).doesNotContain(" ");
        return glyphs.subList(at + from, at + to);
    }

    /** Horizontal strokes on the page as {x1, x2, y} in PDF coordinates. */
    static List<float[]> horizontalRules(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        List<float[]> rules = new ArrayList<>();
        float[] start = null;
        float[] end = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op) {
                String name = op.getName();
                if (name.equals("m") || name.equals("l")) {
                    float[] point = {((COSNumber) tokens.get(i - 2)).floatValue(),
                            ((COSNumber) tokens.get(i - 1)).floatValue()};
                    if (name.equals("m")) {
                        start = point;
                    } else {
                        end = point;
                    }
                } else if (name.equals("S") && start != null && end != null && start[1] == end[1]) {
                    rules.add(new float[] {start[0], end[0], start[1]});
                    start = null;
                    end = null;
                }
            }
        }
        return rules;
    }

    /** Whether a rule runs under exactly these glyphs, just below their baseline. */
    static boolean underlined(List<float[]> rules, List<TextPosition> glyphs, float pageHeight) {
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        float left = first.getXDirAdj();
        float right = last.getXDirAdj() + last.getWidthDirAdj();
        float baseline = pageHeight - first.getYDirAdj();
        return rules.stream().anyMatch(r -> Math.abs(r[0] - left) < 0.5f && Math.abs(r[1] - right) < 0.5f
                && r[2] < baseline && r[2] > baseline - 0.25f * first.getFontSizeInPt());
    }
}
