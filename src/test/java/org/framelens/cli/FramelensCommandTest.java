package org.framelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramelensCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        return FramelensCommand.execute(env, new PrintWriter(out), new PrintWriter(err), args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private Path pdf() {
        return dir.resolve("out/report.pdf");
    }

    private Path json() {
        return dir.resolve("out/report.json");
    }

    private JsonNode jsonReport() throws IOException {
        return new ObjectMapper().readTree(json().toFile());
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private List<String> errorLines() {
        return err.toString().lines().toList();
    }

    @Test
    void examplesGiveBothReportsAndExitZero() throws IOException {
        int code = run("input", "-o", pdf().toString(), "--date", "2026-01-15");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode sources = jsonReport().path("sources");
        assertThat(sources).extracting(s -> s.path("outlet").asText()).containsExactly(
                "Clash Report", "The Bulwark", "The Kyiv Independent", "Unnamed opinion blog",
                "Unnamed political news site");
        for (JsonNode source : sources) {
            assertThat(source.path("excluded").size()).as(source.path("outlet").asText()).isPositive();
            assertThat(source.path("metrics").path("hedges_per_1k").asDouble()).isPositive();
            assertThat(source.path("file").asText()).startsWith("input/");
        }
        String text = pdfText(pdf());
        assertThat(text).contains("The Kyiv Independent", "Why Trump's peace plan is unlikely to end Russia's war in Ukraine",
                "15 Jan 2026");
        assertThat(jsonReport().path("subject").path("terms")).extracting(JsonNode::asText).contains("peace plan", "talk");
        double clash = sources.get(0).path("prospect").path("score").asDouble();
        double bulwark = sources.get(1).path("prospect").path("score").asDouble();
        assertThat(clash).isGreaterThan(0).isGreaterThan(bulwark);
        JsonNode kyiv = sources.get(2);
        assertThat(kyiv.path("speakers")).extracting(v -> v.path("name").asText()).contains("Jenny Mathers", "analysts");
        assertThat(kyiv.path("sentences").get(0).path("prospect").asText()).isEqualTo("pessimistic");
        assertThat(text).contains("At a glance", "Voices not named");
        for (JsonNode source : sources) {
            double score = source.path("prospect").path("score").asDouble();
            String printed = String.format(java.util.Locale.ROOT, "%.2f", Math.abs(score));
            String signed = score > 0.004 ? "+" + printed : score < -0.004 ? "\u2212" + printed : printed;
            assertThat(text).as(source.path("outlet").asText()).contains(signed);
            assertThat(source.path("kind").asText()).isIn("news", "analysis", "opinion");
        }
        assertThat(sources.get(1).path("kind").asText()).isEqualTo("opinion");
        JsonNode comparison = jsonReport().path("comparison");
        assertThat(comparison.path("ranks").path("prospect_score").path("Clash Report").asInt()).isEqualTo(1);
        assertThat(comparison.path("similarity")).hasSize(10);
        assertThat(comparison.path("coverage").path("items")).anySatisfy(item -> {
            assertThat(item.path("label").asText()).contains("Witkoff");
            assertThat(item.path("left_out_by")).extracting(JsonNode::asText).containsExactly("Unnamed political news site");
        });
    }

    @Test
    void handoutIsWrittenBesideTheReportAndIsShort() throws IOException {
        int code = run("input", "-o", pdf().toString(), "--handout", "--date", "2026-01-15", "-q");

        assertThat(code).isZero();
        Path handout = dir.resolve("out/report-handout.pdf");
        assertThat(pdf()).isNotEmptyFile();
        assertThat(json()).isNotEmptyFile();
        try (PDDocument document = Loader.loadPDF(handout.toFile())) {
            assertThat(document.getNumberOfPages()).isBetween(2, 4);
        }
        String text = pdfText(handout);
        assertThat(text).contains("framelens handout", "What stands out", "For the classroom", "15 Jan 2026")
                .doesNotContain("What was removed before analysis");
        assertThat(pdfText(pdf())).contains("What was removed before analysis");
    }

    @Test
    void handoutNamedLikeAnInputIsRefusedAndNothingIsWritten() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Path input = Files.writeString(folder.resolve("story-handout.pdf"), "not really a pdf");

        int code = run(input.toString(), "-o", folder.resolve("story.pdf").toString(), "--handout");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("story-handout.pdf is an input file");
        assertThat(Files.readString(input)).isEqualTo("not really a pdf");
        assertThat(folder.resolve("story.pdf")).doesNotExist();
    }

    @Test
    void chinesePrintsAndAnEmojiIsShownAsABoxAndCounted() throws IOException {
        Path article = Files.writeString(dir.resolve("world-desk.txt"), String.join("\n",
                "Envoys meet in Beijing",
                "",
                "Officials said talks with 习近平 could resume next week \uD83D\uDE42 if both sides agree.",
                "",
                "The foreign ministry said the plan may be revised before any signing."), StandardCharsets.UTF_8);

        int code = run(article.toString(), "-o", pdf().toString(), "-q");

        assertThat(code).isZero();
        // The emoji is counted each time its sentence is printed, and the outlet's part lists it more than once.
        assertThat(errorLines()).singleElement().asString().matches(java.util.regex.Pattern.quote(pdf().toString())
                + ": [1-9]\\d* characters? that no bundled font can print \\(emoji, for example\\) appears? as \u25A1; "
                + "the JSON report keeps the text as written");
        assertThat(pdfText(pdf())).contains("习近平");
    }

    @Test
    void commentsAndCaptionsNeverReachTheAnalysis() throws IOException {
        run("input", "-o", pdf().toString(), "-q");
        StringBuilder analysed = new StringBuilder();
        for (JsonNode source : jsonReport().path("sources")) {
            source.path("sentences").forEach(s -> analysed.append(s.path("text").asText()).append('\n'));
        }
        assertThat(analysed.toString()).doesNotContain("Kudos to Cathy Young", "Leave a comment", "Related Articles",
                "Getty Images", "What a thought provoking article", "Video thumbnail", "7 min read");
        assertThat(analysed.toString()).contains("So the war is likely to grind on.",
                "any peace discussions in which Trump and Putin are major players are going to be a travesty");
    }

    @Test
    void badFilesAreNamedAndTheRestIsReported() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("input/clash-report.txt"), folder.resolve("clash-report.txt"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("broken.pdf"), "not a pdf".getBytes(StandardCharsets.US_ASCII));
        Files.write(folder.resolve("image.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7, 8});
        Files.writeString(folder.resolve("notes.docx"), "hello");

        int code = run(folder.toString(), "-o", pdf().toString());

        assertThat(code).isEqualTo(1);
        assertThat(errorLines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith(folder + "/"));
        assertThat(err.toString()).contains("empty.txt: ", "broken.pdf: ", "image.txt: ", "notes.docx: ")
                .doesNotContain("Exception", "\tat ");
        assertThat(jsonReport().path("sources")).hasSize(1);
        assertThat(jsonReport().path("problems")).hasSize(4);
    }

    @Test
    void nothingUsableWritesNothingAndKeepsTheEarlierReport() throws IOException {
        Files.createDirectories(pdf().getParent());
        Files.writeString(pdf(), "earlier report");
        Files.writeString(json(), "{\"earlier\": true}");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");

        int code = run(empty.toString(), "missing-folder/", "-o", pdf().toString());

        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(pdf())).isEqualTo("earlier report");
        assertThat(Files.readString(json())).isEqualTo("{\"earlier\": true}");
        assertThat(err.toString()).contains("missing-folder/: no such file or folder", "empty.txt: the file is empty");
        try (Stream<Path> left = Files.list(pdf().getParent())) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("report.pdf", "report.json");
        }
    }

    @Test
    void plainTextWithoutMetadataTakesFileNameAndFirstLine() throws IOException {
        Path article = Files.writeString(dir.resolve("riverside-gazette.txt"), String.join("\n",
                "Council delays vote on new bridge",
                "",
                "The city council postponed its vote on the river bridge on Tuesday, citing rising costs.",
                "\"We may need another month,\" council leader Ana Ortiz said.",
                "Critics say the delay could push the project past the election."));

        int code = run(article.toString(), "-o", pdf().toString());

        assertThat(code).isZero();
        JsonNode source = jsonReport().path("sources").get(0);
        assertThat(source.path("outlet").asText()).isEqualTo("riverside-gazette");
        assertThat(source.path("title").asText()).isEqualTo("Council delays vote on new bridge");
        assertThat(source.path("date").isNull()).isTrue();
        assertThat(source.path("sentences").get(2).path("speaker").asText()).isEqualTo("Ana Ortiz");
        assertThat(source.path("cues")).extracting(c -> c.path("text").asText()).containsExactly("may", "could");
        assertThat(pdfText(pdf())).contains("riverside-gazette", "date unknown");
    }

    @Test
    void subjectGivenOnTheCommandLineReplacesTheOneFound() throws IOException {
        assertThat(run("input", "-q", "-o", pdf().toString(), "--subject", "ceasefire, truce")).isZero();
        assertThat(jsonReport().path("subject").path("terms")).extracting(JsonNode::asText)
                .containsExactly("ceasefire", "truce");
        assertThat(pdfText(pdf())).contains("Subject: ceasefire");
    }

    @Test
    void sameInputAndDateGiveTheSamePdf() throws IOException {
        run("input", "-o", pdf().toString(), "--date", "2026-02-01");
        byte[] first = Files.readAllBytes(pdf());
        Path second = dir.resolve("second/report.pdf");
        run(Map.of("SOURCE_DATE_EPOCH", "1769904000"), "input", "-o", second.toString());

        assertThat(Files.readAllBytes(second)).isEqualTo(first);
    }

    @Test
    void refusesToWriteTheReportOverAnInputFile() throws IOException {
        Path article = dir.resolve("article.txt");
        Files.copy(Path.of("input/clash-report.txt"), article);
        byte[] before = Files.readAllBytes(article);

        int code = run(article.toString(), "-o", pdf().toString(), "--json", article.toString());

        assertThat(code).isEqualTo(2);
        assertThat(Files.readAllBytes(article)).isEqualTo(before);
        assertThat(err.toString()).contains("is an input file");
    }

    @Test
    void usageErrorsExitWithTwoAndOneLineEach() {
        assertThat(run("--date", "2025-13-01")).isEqualTo(2);
        assertThat(run("--paper", "legal")).isEqualTo(2);
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(run("input", "-o", dir.resolve("report.txt").toString())).isEqualTo(2);
        assertThat(errorLines()).hasSize(4);
        assertThat(err.toString()).contains("--date \"2025-13-01\" is not a date", "--paper \"legal\"",
                "--no-such-option", "must name a .pdf file");
        assertThat(dir.resolve("report.txt")).doesNotExist();
    }

    @Test
    void articlesWithTheSameOutletNameStayApart() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("same"));
        String body = "The talks may resume next week, officials said.\nBoth sides want a deal.";
        Files.writeString(folder.resolve("gazette.txt"), "outlet: Gazette\n---\nTalks to resume\n" + body);
        Files.writeString(folder.resolve("gazette.md"), "outlet: Gazette\n---\nTalks set to resume\n" + body);

        assertThat(run(folder.toString(), "-o", pdf().toString())).isZero();

        assertThat(jsonReport().path("sources")).extracting(s -> s.path("outlet").asText())
                .containsExactly("Gazette (gazette.md)", "Gazette (gazette.txt)");
    }

    @Test
    void quietRunPrintsNothingWhenAllIsWell() {
        assertThat(run("input", "-q", "-o", pdf().toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--output", "--json", "--subject", "Exit codes");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("framelens 0.1.0");
    }

    @Test
    void jsonGoesBesideThePdfByDefault() {
        assertThat(FramelensCommand.jsonBeside(Path.of("reports/x.pdf"))).isEqualTo(Path.of("reports/x.json"));
        assertThat(FramelensCommand.jsonBeside(Path.of("reports/x"))).isEqualTo(Path.of("reports/x.json"));
    }
}
