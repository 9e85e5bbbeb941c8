package org.framelens.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.framelens.article.Article;
import org.framelens.article.ArticleMetadata;
import org.framelens.article.Removal;
import org.framelens.compare.Comparison;
import org.framelens.measure.CueFinder;
import org.framelens.measure.OutletMeasurer;
import org.framelens.measure.OutletProfile;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static JsonNode written() throws Exception {
        Article article = new Article("input/paper.txt",
                new ArticleMetadata("The Paper", "Talks stall", LocalDate.of(2025, 11, 29), true, null, "A. Writer"),
                List.of("Talks stall", "The talks may fail, analysts say.", "\"It is clearly over,\" she said."),
                List.of(new Removal("photo caption or credit", "Leaders meet. (AFP / Getty Images)")));
        OutletProfile profile = new OutletMeasurer(new CueFinder()).measure(Articles.ANNOTATOR.annotate(article));
        Comparison comparison = new Comparison("1.2.3", LocalDate.of(2026, 1, 2), List.of("plan", "talks"),
                List.of(profile), List.of("input/broken.pdf: not a readable PDF (damaged); skipped"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(comparison, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void writesTheAgreedShapeForEachSource() throws Exception {
        JsonNode root = written();
        assertThat(root.path("version").asText()).isEqualTo("1.2.3");
        assertThat(root.path("subject").path("terms")).extracting(JsonNode::asText).containsExactly("plan", "talks");
        assertThat(root.path("problems").get(0).asText()).startsWith("input/broken.pdf:");
        JsonNode source = root.path("sources").get(0);
        assertThat(source.path("outlet").asText()).isEqualTo("The Paper");
        assertThat(source.path("file").asText()).isEqualTo("input/paper.txt");
        assertThat(source.path("date").asText()).isEqualTo("2025-11-29");
        assertThat(source.path("words").asInt()).isEqualTo(14);
        assertThat(source.path("sentences_count").asInt()).isEqualTo(3);
        assertThat(source.path("excluded").get(0).path("reason").asText()).isEqualTo("photo caption or credit");
        JsonNode metrics = source.path("metrics");
        assertThat(metrics.fieldNames()).toIterable().startsWith("hedges_per_1k", "boosters_per_1k",
                "author_hedges_per_1k", "author_boosters_per_1k", "quoted_share");
        // 14 words, one hedge ("may", own voice) and one booster ("clearly", quoted); 4 quoted words.
        assertThat(metrics.path("hedges_per_1k").asDouble()).isEqualTo(71.43);
        assertThat(metrics.path("author_hedges_per_1k").asDouble()).isEqualTo(100.0);
        assertThat(metrics.path("author_boosters_per_1k").asDouble()).isEqualTo(0.0);
        assertThat(metrics.path("quoted_share").asDouble()).isEqualTo(0.2857);
    }

    @Test
    void sentencesCarryVoiceAndSpeakerAndCuesPointIntoThem() throws Exception {
        JsonNode source = written().path("sources").get(0);
        JsonNode sentences = source.path("sentences");
        assertThat(sentences.get(1).path("voice").asText()).isEqualTo("author");
        assertThat(sentences.get(1).path("speaker").asText()).isEqualTo("analysts");
        assertThat(sentences.get(2).path("voice").asText()).isEqualTo("mixed");
        assertThat(sentences.get(0).path("speaker").isNull()).isTrue();
        JsonNode quoted = sentences.get(2).path("quoted").get(0);
        assertThat(sentences.get(2).path("text").asText().substring(quoted.path("start").asInt(), quoted.path("end").asInt()))
                .isEqualTo("It is clearly over,");
        assertThat(sentences.get(1).path("quoted")).isEmpty();
        for (JsonNode cue : source.path("cues")) {
            String text = sentences.get(cue.path("sentence").asInt()).path("text").asText();
            assertThat(text.substring(cue.path("start").asInt(), cue.path("end").asInt()))
                    .isEqualTo(cue.path("text").asText());
        }
        assertThat(source.path("cues")).extracting(c -> c.path("category").asText() + ":" + c.path("voice").asText())
                .containsExactly("hedge:author", "booster:quoted");
    }
}
