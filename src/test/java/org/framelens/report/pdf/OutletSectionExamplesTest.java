package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;
import org.framelens.annotate.Sentence;
import org.framelens.compare.Comparison;
import org.framelens.loaded.LoadedCue;
import org.framelens.measure.OutletProfile;
import org.framelens.prospect.Prospect;
import org.framelens.prospect.ProspectCue;
import org.framelens.prospect.SentenceProspect;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The outlets' parts of the report of the five example articles, run through the real pipeline. */
class OutletSectionExamplesTest {

    private static Comparison examples;
    private static RenderedReport report;

    @BeforeAll
    static void render() {
        examples = Examples.comparison(ComparisonFixture.REPORT_DATE);
        report = RenderedReport.of(examples);
    }

    @Test
    void marksTheWordThatDecidedAProspectSentenceBoldAndUnderlined() throws IOException {
        OutletProfile clash = outlet("Clash Report");
        SentenceProspect headline = clash.prospect().sentences().stream().filter(s -> s.sentence() == 0)
                .findFirst().orElseThrow();
        assertThat(headline.prospect()).isEqualTo(Prospect.OPTIMISTIC);
        ProspectCue cue = headline.cues().get(0);
        Sentence sentence = clash.annotated().sentences().get(0);
        String context = "OPTIMISTIC [1] " + sentence.text().substring(0, cue.end());

        try (PDDocument document = report.open()) {
            int pageIndex = OutletSectionTest.pageHolding(document, "OPTIMISTIC [1] " + sentence.text());
            List<TextPosition> glyphs = OutletSectionTest.glyphs(document, pageIndex);
            int at = spelled(glyphs, context, 0);
            List<TextPosition> marked = glyphs.subList(at + context.length() - cue.text().length(),
                    at + context.length());
            List<TextPosition> before = glyphs.subList(at + context.length() - cue.text().length() - 3,
                    at + context.length() - cue.text().length() - 1);

            assertThat(cue.text()).isEqualTo("Finalize");
            assertThat(marked).allSatisfy(g -> assertThat(g.getFont().getName()).endsWith("LiberationSerif-Bold"));
            assertThat(underlined(document, pageIndex, marked)).isTrue();
            assertThat(before).allSatisfy(g -> assertThat(g.getFont().getName()).endsWith("+LiberationSerif"));
        }
    }

    @Test
    void marksTheLoadedWordsOfASentenceAndOnlyThemInTheLoadedLanguageList() throws IOException {
        OutletProfile clash = outlet("Clash Report");
        LoadedCue cue = clash.loaded().cues().get(0);
        Sentence sentence = clash.annotated().sentences().get(cue.cue().sentence());
        String context = "[" + (sentence.index() + 1) + "] " + sentence.text().substring(0, cue.cue().end());
        int could = context.indexOf(" could ") + 1;
        assertThat(could).as("the sentence also holds the hedge “could”").isPositive();

        try (PDDocument document = report.open()) {
            int pageIndex = OutletSectionTest.pageHolding(document, "Loaded language — 1 in 1 sentence");
            List<TextPosition> glyphs = OutletSectionTest.glyphs(document, pageIndex);
            int at = spelled(glyphs, context, spelled(glyphs, "Loaded language", 0));
            List<TextPosition> marked = glyphs.subList(at + context.length() - cue.text().length(),
                    at + context.length());

            assertThat(cue.text()).isEqualTo("completely different");
            assertThat(marked).filteredOn(g -> !g.getUnicode().isBlank())
                    .allSatisfy(g -> assertThat(g.getFont().getName()).endsWith("LiberationSerif-Bold"));
            assertThat(underlined(document, pageIndex, marked)).isTrue();
            assertThat(glyphs.subList(at + could, at + could + 5))
                    .allSatisfy(g -> assertThat(g.getFont().getName()).endsWith("+LiberationSerif"));
        }
    }

    @Test
    void namesWhatEachOutletReadsAsWithItsFirstReason() throws IOException {
        String text = report.bodyText();
        for (OutletProfile profile : examples.outlets()) {
            assertThat(text).as(profile.article().outlet()).contains(profile.article().outlet() + " Headline: "
                    + profile.article().title() + " Date: ");
            assertThat(text).contains("Reads as: " + profile.kind().kind().label() + " Why: "
                    + RenderedReport.flat(profile.kind().reasons().get(0)));
        }
    }

    @Test
    void printsTheProspectScoresOfEachOutletAsTheModelHasThem() throws IOException {
        FigureFormat format = new FigureFormat(ReportText.standard());
        String text = report.bodyText();
        for (OutletProfile profile : examples.outlets()) {
            assertThat(text).as(profile.article().outlet()).contains("prospect " + format.score(profile.prospect()
                    .score()) + " (own words " + format.score(profile.prospect().authorScore()) + ", quoted "
                    + format.score(profile.prospect().quotedScore()) + ")");
        }
    }

    @Test
    void printsEveryCharacterOfTheExamplesWithTheBundledFonts() {
        assertThat(report.summary().replacedCharacters()).isZero();
    }

    @Test
    void keepsEachOutletsPartToAtMostThreePages() throws IOException {
        for (OutletProfile profile : examples.outlets()) {
            String name = profile.article().outlet();
            int pages = 0;
            for (int page = 1; page <= report.pageCount(); page++) {
                String text = report.flatPage(page);
                pages += text.startsWith(name + " Headline:") || text.startsWith(name + " (continued)")
                        || text.contains("Clash Report Headline:") && name.equals("Clash Report") ? 1 : 0;
            }
            assertThat(pages).as(name).isBetween(1, 3);
        }
    }

    private static OutletProfile outlet(String name) {
        return examples.outlets().stream().filter(p -> p.article().outlet().equals(name)).findFirst().orElseThrow();
    }

    /** Where the glyphs spell {@code text}, searching from {@code from}. */
    private static int spelled(List<TextPosition> glyphs, String text, int from) {
        String page = String.join("", glyphs.stream().map(TextPosition::getUnicode).toList());
        int at = page.indexOf(text, from);
        assertThat(at).as("page spells %s on one line", text).isNotNegative();
        return at;
    }

    private static boolean underlined(PDDocument document, int pageIndex, List<TextPosition> glyphs)
            throws IOException {
        PDPage page = document.getPage(pageIndex);
        return OutletSectionTest.underlined(OutletSectionTest.horizontalRules(page), glyphs,
                page.getMediaBox().getHeight());
    }
}
