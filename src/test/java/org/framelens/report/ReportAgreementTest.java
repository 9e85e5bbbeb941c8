package org.framelens.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.framelens.compare.Comparison;
import org.framelens.report.json.JsonReportWriter;
import org.framelens.report.pdf.PdfReportWriter;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF and the JSON report of the five examples tell the same story: each section of the PDF, found by its
 * bookmark, names every outlet and prints the figures the JSON report holds, as a reader checking one against
 * the other would see them.
 */
class ReportAgreementTest {

    private static final LocalDate DATE = LocalDate.of(2025, 12, 3);

    private static JsonNode json;
    private static Map<String, String> sections;
    private static Map<String, String> outletParts;

    @BeforeAll
    static void writeBothReports() throws IOException {
        Comparison comparison = Examples.comparison(DATE);
        ByteArrayOutputStream jsonOut = new ByteArrayOutputStream();
        new JsonReportWriter().write(comparison, jsonOut);
        json = new ObjectMapper().readTree(jsonOut.toByteArray());
        ByteArrayOutputStream pdfOut = new ByteArrayOutputStream();
        new PdfReportWriter().write(comparison, pdfOut);
        try (PDDocument document = Loader.loadPDF(pdfOut.toByteArray())) {
            sections = texts(document, topLevel(document));
            outletParts = texts(document, children(document, "The evidence, outlet by outlet"));
        }
    }

    @Test
    void hasEverySectionOfTheIssueInOrder() {
        assertThat(sections.keySet()).containsExactly("Outlets compared", "At a glance",
                "Prospects: pessimistic or optimistic", "Hedging and certainty", "Frames: the angles each outlet takes",
                "Sources: who is heard", "Coverage and wording", "The evidence, outlet by outlet",
                "How to read this report", "For the classroom");
    }

    @Test
    void coverNamesTheReportDateEveryOutletAndItsDate() {
        String cover = sections.get("Outlets compared");
        assertThat(cover).contains("Report date: 3 Dec 2025");
        for (JsonNode source : json.path("sources")) {
            String date = date(source.path("date").asText());
            assertThat(cover).contains(source.path("outlet").asText() + " · " + date
                    + (source.path("date_approximate").asBoolean() ? " (approx.)" : ""));
        }
    }

    @Test
    void atAGlancePrintsEachOutletsFiguresInColumnOrder() {
        String glance = sections.get("At a glance");
        for (JsonNode source : json.path("sources")) {
            JsonNode metrics = source.path("metrics");
            assertInOrder(glance, source.path("outlet").asText(),
                    String.format(Locale.ENGLISH, "%,d", source.path("words").asInt()),
                    rate(metrics.path("hedges_per_1k")), rate(metrics.path("boosters_per_1k")),
                    rate(metrics.path("loaded_per_1k")), score(source.path("prospect").path("score")),
                    percent(metrics.path("quoted_share")));
        }
    }

    @Test
    void prospectsPageGivesEachScoreAndTheStrongestSentences() {
        String prospects = sections.get("Prospects: pessimistic or optimistic");
        for (JsonNode source : json.path("sources")) {
            JsonNode prospect = source.path("prospect");
            assertInOrder(prospects, source.path("outlet").asText(), score(prospect.path("score")));
            for (String side : List.of("strongest_optimistic", "strongest_pessimistic")) {
                if (!prospect.path(side).isEmpty()) {
                    int index = prospect.path(side).get(0).asInt();
                    assertThat(prospects).contains("[" + (index + 1) + "] " + sentenceStart(source, index));
                }
            }
        }
    }

    @Test
    void hedgingPageGivesTheOwnVoiceRates() {
        String hedging = sections.get("Hedging and certainty");
        for (JsonNode source : json.path("sources")) {
            JsonNode metrics = source.path("metrics");
            assertInOrder(hedging, source.path("outlet").asText(), "own words",
                    rate(metrics.path("author_hedges_per_1k")), rate(metrics.path("author_boosters_per_1k")));
        }
    }

    @Test
    void framesPageGivesEveryFrameShare() {
        String frames = sections.get("Frames: the angles each outlet takes");
        for (JsonNode source : json.path("sources")) {
            List<String> shares = new ArrayList<>();
            shares.add(source.path("outlet").asText());
            source.path("frames").forEach(share -> shares.add(percent(share)));
            assertInOrder(frames, shares.toArray(String[]::new));
        }
    }

    @Test
    void sourcesPageGivesTheShareQuotedAndTheMostHeardVoice() {
        String sourcesPage = sections.get("Sources: who is heard");
        for (JsonNode source : json.path("sources")) {
            JsonNode loudest = null;
            for (JsonNode speaker : source.path("speakers")) {
                if (loudest == null || speaker.path("count").asInt() > loudest.path("count").asInt()) {
                    loudest = speaker;
                }
            }
            assertInOrder(sourcesPage, source.path("outlet").asText(), percent(source.path("metrics").path("quoted_share")));
            if (loudest != null) {
                assertThat(sourcesPage).contains(loudest.path("name").asText());
            }
        }
    }

    @Test
    void coveragePageListsEveryItemAndEverySimilarity() {
        String coverage = sections.get("Coverage and wording");
        json.path("comparison").path("coverage").path("items")
                .forEach(item -> assertThat(coverage).contains(item.path("label").asText()));
        json.path("comparison").path("similarity").forEach(pair -> assertThat(coverage)
                .contains(String.format(Locale.ENGLISH, "%.2f", pair.path("cosine").asDouble())));
    }

    @Test
    void eachOutletsPartHasItsHeadlineFiguresAndRemovedText() {
        assertThat(outletParts).hasSize(json.path("sources").size());
        for (JsonNode source : json.path("sources")) {
            String part = outletParts.get(source.path("outlet").asText());
            assertThat(part).as(source.path("outlet").asText()).isNotNull();
            JsonNode metrics = source.path("metrics");
            assertInOrder(part, source.path("title").asText(),
                    java.nio.file.Path.of(source.path("file").asText()).getFileName().toString(),
                    rate(metrics.path("hedges_per_1k")), rate(metrics.path("boosters_per_1k")));
            source.path("excluded").forEach(block -> assertThat(part).contains(
                    firstWords(block.path("text").asText())));
        }
    }

    /**
     * Asserts the words appear in the text in this order, each after the one before. A word may offer
     * alternatives separated by "|": a figure the JSON rounds to a half (0.2245) prints either way in the PDF,
     * which rounds the unrounded figure (0.22449 is 22.4%).
     */
    private static void assertInOrder(String text, String... words) {
        int from = 0;
        for (String word : words) {
            int at = -1;
            String found = word;
            for (String option : word.split("\\|")) {
                int i = text.indexOf(option, from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    found = option;
                }
            }
            assertThat(at).as("\"%s\" after position %d (after \"%s\")", word, from, String.join("\", \"", words))
                    .isNotNegative();
            from = at + found.length();
        }
    }

    private static String rate(JsonNode value) {
        return rounded(value.decimalValue(), 1, "");
    }

    private static String percent(JsonNode share) {
        return rounded(share.decimalValue().movePointRight(2), 1, "%");
    }

    /** The figure to {@code places} decimals, or both roundings, "22.4%|22.5%", when it sits on a half. */
    private static String rounded(java.math.BigDecimal value, int places, String unit) {
        String down = value.setScale(places, java.math.RoundingMode.HALF_DOWN).toPlainString() + unit;
        String up = value.setScale(places, java.math.RoundingMode.HALF_UP).toPlainString() + unit;
        return down.equals(up) ? down : down + "|" + up;
    }

    private static String score(JsonNode value) {
        long hundredths = Math.round(value.asDouble() * 100);
        String digits = String.format(Locale.ENGLISH, "%d.%02d", Math.abs(hundredths) / 100, Math.abs(hundredths) % 100);
        return hundredths > 0 ? "+" + digits : hundredths < 0 ? "\u2212" + digits : digits;
    }

    private static String date(String iso) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(LocalDate.parse(iso));
    }

    /** The first five words of a sentence of the source, as the PDF prints it. */
    private static String sentenceStart(JsonNode source, int index) {
        for (JsonNode sentence : source.path("sentences")) {
            if (sentence.path("index").asInt() == index) {
                return firstWords(sentence.path("text").asText());
            }
        }
        throw new AssertionError("no sentence " + index + " in " + source.path("outlet").asText());
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
    }

    private static List<PDOutlineItem> topLevel(PDDocument document) {
        List<PDOutlineItem> items = new ArrayList<>();
        document.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
        return items;
    }

    private static List<PDOutlineItem> children(PDDocument document, String title) {
        List<PDOutlineItem> items = new ArrayList<>();
        for (PDOutlineItem item : topLevel(document)) {
            if (item.getTitle().equals(title)) {
                item.children().forEach(items::add);
            }
        }
        return items;
    }

    /**
     * The text from each bookmark's page up to the page before the next bookmark's (the last runs to the end of
     * the document, or of the section), whitespace flattened; the page footers and "(continued)" lines removed.
     */
    private static Map<String, String> texts(PDDocument document, List<PDOutlineItem> items) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Integer> starts = new ArrayList<>();
        for (PDOutlineItem item : items) {
            starts.add(document.getPages().indexOf(item.findDestinationPage(document)) + 1);
        }
        for (int i = 0; i < items.size(); i++) {
            int end = i + 1 < items.size() ? Math.max(starts.get(i), starts.get(i + 1) - 1) : document.getNumberOfPages();
            if (items.get(i).getTitle().equals("Files skipped")) {
                continue;
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(starts.get(i));
            stripper.setEndPage(end);
            StringBuilder kept = new StringBuilder();
            for (String line : stripper.getText(document).split("\\R")) {
                if (!line.matches("framelens report · .* \\d+ / \\d+ ?") && !line.endsWith(" (continued)")) {
                    kept.append(line).append('\n');
                }
            }
            texts.put(items.get(i).getTitle(), kept.toString().replaceAll("\\s+", " ").strip());
        }
        return texts;
    }
}
