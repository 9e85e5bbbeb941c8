package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.framelens.article.Removal;
import org.framelens.compare.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfReportWriterTest {

    private static final Comparison FIVE = ComparisonFixture.fiveOutlets();
    private static final RenderedReport REPORT = RenderedReport.of(FIVE);
    private static final Pattern FOOTER = Pattern.compile("framelens report · 3 Dec 2025 \\d+ / \\d+ ?");

    @Test
    void titlePageListsEveryOutletWithItsHeadline() throws IOException {
        String titlePage = REPORT.flatPage(1);

        assertThat(titlePage).contains("How 5 outlets covered the story", "Report date: 3 Dec 2025");
        for (var profile : FIVE.outlets()) {
            assertThat(titlePage).contains(profile.article().outlet(), profile.article().title());
        }
    }

    @Test
    void titlePagePrintsMissingDatesAsUnknownAndMarksApproximateOnes() throws IOException {
        String titlePage = REPORT.flatPage(1);

        assertThat(titlePage)
                .contains("Unnamed opinion blog", "date unknown")
                .contains("29 Nov 2025 (approx.)", "2 Dec 2025 (approx.)", "23 Aug 2025 (approx.)")
                .contains("26 Nov 2025")
                .doesNotContain("26 Nov 2025 (approx.)");
    }

    @Test
    void titlePageSaysScoresDescribeLanguageNotTruthAndListsSkippedFiles() throws IOException {
        String titlePage = REPORT.flatPage(1);

        assertThat(titlePage)
                .contains("A score describes language, not whether an article is true")
                .contains("Files skipped", "input/notes.docx: not a text, HTML or PDF file, so it was skipped");
    }

    @Test
    void titlePageStandsAloneAndTheGlanceTableHasTheNextPage() throws IOException {
        assertThat(REPORT.flatPage(1)).doesNotContain("At a glance");
        assertThat(REPORT.flatPage(2)).startsWith("At a glance").contains("How to read the table", "Reads as");
    }

    @Test
    void tableIsFollowedByANoteExplainingHedgesAndBoostersWithExamples() throws IOException {
        String text = REPORT.flatText();

        int table = text.indexOf("How to read the table");
        assertThat(table).isPositive();
        assertThat(text.substring(table))
                .contains("Hedges per 1,000 words: words that hold back from full commitment, such as “may” and "
                        + "“appears to”")
                .contains("Boosters per 1,000 words: words that shut out doubt, such as “clearly” and “there is no "
                        + "doubt”");
    }

    @Test
    void removedSectionShowsEachBlocksReasonAndTextUnderItsOutlet() throws IOException {
        for (int i = 0; i < FIVE.outlets().size(); i++) {
            var article = FIVE.outlets().get(i).article();
            String section = removedSection(i);
            assertThat(section).startsWith("What was removed before analysis — ");
            for (int b = 0; b < article.removed().size(); b++) {
                Removal removal = article.removed().get(b);
                String shown = removal.text().length() > 600 ? removal.text().substring(0, 100) : removal.text();
                String reason = Character.toUpperCase(removal.reason().charAt(0)) + removal.reason().substring(1);
                assertThat(section).contains((b + 1) + ". " + reason + ": " + RenderedReport.flat(shown));
            }
        }
    }

    @Test
    void removedSectionShortensVeryLongBlocksAndSaysHowMuchWasLeftOut() throws IOException {
        String bulwark = removedSection(1);

        // 767 characters, cut at the space before character 600: 598 kept, 169 left out.
        String kept = ComparisonFixture.LONG_COMMENTS.strip().substring(0, 598);
        assertThat(bulwark).contains(RenderedReport.flat(kept) + " … (169 more characters)");
        assertThat(bulwark).doesNotContain(ComparisonFixture.LONG_COMMENTS.strip());
    }

    @Test
    void removedSectionSaysSoWhenNothingWasRemoved() throws IOException {
        Comparison comparison = ComparisonFixture.create()
                .outlet("Clean Wire", "A tidy article", LocalDate.of(2025, 11, 30), false,
                        ComparisonFixture.metrics(400, 20, 5.0, 2.5, 5.0, 2.5, 0.1))
                .build();

        String text = RenderedReport.of(comparison).flatText();

        assertThat(text).contains("Clean Wire Headline: A tidy article")
                .contains("What was removed before analysis — Nothing was removed: all of this article’s text was "
                        + "analysed.");
    }

    @Test
    void everyPageIsNumberedNOfTotal() throws IOException {
        int pages = REPORT.pageCount();

        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(REPORT.flatPage(page)).endsWith(page + " / " + pages);
        }
    }

    @Test
    void bookmarksEverySectionAndEveryOutlet() throws IOException {
        assertThat(REPORT.bookmarks()).containsExactly(
                "Outlets compared",
                "Files skipped",
                "At a glance",
                "Prospects: pessimistic or optimistic",
                "Hedging and certainty",
                "Frames: the angles each outlet takes",
                "Sources: who is heard",
                "Coverage and wording",
                "The evidence, outlet by outlet",
                "  Clash Report",
                "  The Bulwark",
                "  The Kyiv Independent",
                "  Unnamed opinion blog",
                "  Unnamed political news site",
                "How to read this report",
                "  Hedges and boosters",
                "  The outlet’s own words and quoted words",
                "  Prospects: pessimistic or optimistic",
                "  News frames",
                "  Sources and share quoted",
                "  Loaded language and “reads as”",
                "  Coverage and similarity of wording",
                "  What no figure here can tell you",
                "For the classroom");
    }

    @Test
    void twentyOutletsWithVeryLongNamesAndHeadlinesStillPrintEveryName() throws IOException {
        ComparisonFixture fixture = ComparisonFixture.create();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String name = "The Extraordinarily Long-Named Regional Broadcasting Corporation of the Northern "
                    + "Provinces and Islands, Evening Edition Number " + i;
            names.add(name);
            fixture.outlet(name, "Headline " + i + ": " + "Leaders meet again as talks on a ceasefire drag on "
                            + "through another long week of statements, denials and counter-statements ".repeat(3),
                    LocalDate.of(2025, 11, i), i % 2 == 0, ComparisonFixture.metrics(500 + i, 20 + i, i, i / 2.0,
                            i, i / 4.0, i / 100.0),
                    new Removal("navigation", "Home | World | Europe | Ukraine ".repeat(i)));
        }
        RenderedReport report = RenderedReport.of(fixture.build());

        String text = report.flatText();
        for (String name : names) {
            assertThat(text).contains(name);
        }
        assertThat(report.bookmarks()).containsAll(names.stream().map(n -> "  " + n).toList());
        int pagesWithTableHeader = 0;
        for (int page = 1; page <= report.pageCount(); page++) {
            pagesWithTableHeader += report.flatPage(page).contains("Outlet Reads as Words") ? 1 : 0;
        }
        assertThat(pagesWithTableHeader).as("table header repeated on each page of the table").isGreaterThan(1);
    }

    @Test
    void noPageEndsWithAHeadingCutOffFromWhatItIntroduces() throws IOException {
        ComparisonFixture fixture = ComparisonFixture.create();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            names.add("Outlet number " + i);
            fixture.outlet("Outlet number " + i, "Talks drag on, week " + i, LocalDate.of(2025, 11, i), false,
                    ComparisonFixture.metrics(500, 20, 1, 1, 1, 1, 0.1),
                    new Removal("navigation", "Home | World | Europe | Ukraine ".repeat(3 * i)));
        }
        RenderedReport report = RenderedReport.of(fixture.build());

        for (int page = 1; page <= report.pageCount(); page++) {
            String body = FOOTER.matcher(report.flatPage(page)).replaceAll("").strip();
            for (String name : names) {
                assertThat(body).as("page %d", page).doesNotEndWith(name);
            }
            assertThat(body).as("page %d", page)
                    .doesNotEndWith("was removed:").doesNotEndWith("were removed:").doesNotEndWith("navigation");
        }
    }

    @Test
    void nonLatinTextAndEmojiPrintWithoutCrashingAndCountWhatNoFontHas() throws IOException {
        Comparison comparison = ComparisonFixture.create()
                .outlet("Καθημερινή", "Зеленский meets 習近平", LocalDate.of(2025, 11, 28), false,
                        ComparisonFixture.metrics(300, 12, 3.3, 0.0, 3.3, 0.0, 0.5),
                        new Removal("reader comment", "زيلينسكي said 🙂\u0007 ok"))
                .build();

        RenderedReport report = RenderedReport.of(comparison);

        // 習近平 prints in Noto Sans SC; no bundled font has 🙂, which prints once, in the removed comment; the
        // bell is dropped.
        assertThat(report.summary().replacedCharacters()).isEqualTo(1);
        String text = report.flatText();
        assertThat(text).contains("Καθημερινή", "Зеленский meets 習近平", "زيلينسكي", "said □ ok");
        assertThat(text).doesNotContain("\u0007");
    }

    @Test
    void reportOfOrdinaryEnglishTextReplacesNothing() {
        assertThat(REPORT.summary().replacedCharacters()).isZero();
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument document = REPORT.open()) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void writingTheSameComparisonTwiceGivesIdenticalBytes() throws InterruptedException {
        byte[] first = RenderedReport.of(ComparisonFixture.fiveOutlets()).bytes();
        Thread.sleep(1100);
        byte[] second = RenderedReport.of(ComparisonFixture.fiveOutlets()).bytes();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void fileIdentifierComesFromTheContent() throws IOException {
        RenderedReport a4 = RenderedReport.of(FIVE, PaperSize.A4);

        assertThat(trailerId(REPORT)).hasSize(16).isEqualTo(ContentFingerprint.of(FIVE, PaperSize.LETTER));
        assertThat(trailerId(a4)).isNotEqualTo(trailerId(REPORT));
    }

    @Test
    void documentPropertiesDescribeTheReportAndCarryTheReportDate() throws IOException {
        try (PDDocument document = REPORT.open()) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("framelens report: How 5 outlets covered the story");
            assertThat(info.getAuthor()).isEqualTo("framelens");
            assertThat(info.getCreator()).isEqualTo("framelens");
            assertThat(info.getProducer()).isEqualTo("framelens");
            assertThat(info.getSubject()).isNotBlank();
            assertThat(info.getKeywords()).isEqualTo("Clash Report, The Bulwark, The Kyiv Independent, "
                    + "Unnamed opinion blog, Unnamed political news site");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.toInstant().toString()).isEqualTo("2025-12-03T00:00:00Z");
            assertThat(info.getModificationDate().toInstant()).isEqualTo(created.toInstant());
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void everyPageHasTheChosenPaperSize(PaperSize paper) throws IOException {
        PDRectangle expected = paper == PaperSize.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
        try (PDDocument document = RenderedReport.of(FIVE, paper).open()) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(expected.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(expected.getHeight());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void keepsAllTextInsideTwentyMillimetreMargins(PaperSize paper) throws IOException {
        float margin = 20f * 72f / 25.4f;
        try (PDDocument document = RenderedReport.of(FIVE, paper).open()) {
            List<TextPosition> glyphs = glyphs(document);
            float width = document.getPage(0).getMediaBox().getWidth();
            float height = document.getPage(0).getMediaBox().getHeight();
            assertThat(glyphs).isNotEmpty().allSatisfy(g -> {
                assertThat(g.getXDirAdj()).isGreaterThanOrEqualTo(margin - 0.5f);
                assertThat(g.getXDirAdj() + g.getWidthDirAdj()).isLessThanOrEqualTo(width - margin + 0.5f);
                assertThat(g.getYDirAdj() - g.getHeightDir()).isGreaterThanOrEqualTo(margin - 0.5f);
                assertThat(g.getYDirAdj()).isLessThanOrEqualTo(height - margin + 0.5f);
            });
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        class TrackingStream extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        TrackingStream out = new TrackingStream();

        new PdfReportWriter(PaperSize.LETTER).write(FIVE, out);

        assertThat(out.closed).isFalse();
        assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void comparisonWithNoOutletsStillGivesAReport() {
        Comparison empty = ComparisonFixture.create().problem("input/a.txt: the file is empty").build();

        assertThatCode(() -> new PdfReportWriter(PaperSize.A4).write(empty, OutputStream.nullOutputStream()))
                .doesNotThrowAnyException();
    }

    /**
     * The flattened body text of what was removed from outlet {@code index}'s page, as its part of the outlet
     * pages prints it at its end, footers taken out.
     */
    private static String removedSection(int index) throws IOException {
        String text = REPORT.bodyText();
        int section = text.indexOf("The evidence, outlet by outlet Each outlet");
        assertThat(section).isPositive();
        String name = FIVE.outlets().get(index).article().outlet();
        int start = text.indexOf(name + " Headline:", section);
        int end = index + 1 < FIVE.outlets().size()
                ? text.indexOf(FIVE.outlets().get(index + 1).article().outlet() + " Headline:", start)
                : text.indexOf("For the classroom Questions", start);
        assertThat(start).isPositive();
        assertThat(end).isGreaterThan(start);
        int removed = text.indexOf("What was removed before analysis — ", start);
        assertThat(removed).isBetween(start, end);
        return text.substring(removed, end);
    }

    private static byte[] trailerId(RenderedReport report) throws IOException {
        try (PDDocument document = report.open()) {
            COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            return ((COSString) id.getObject(0)).getBytes();
        }
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.stream().filter(p -> !p.getUnicode().isBlank()).forEach(glyphs::add);
            }
        };
        stripper.getText(document);
        return glyphs;
    }
}
