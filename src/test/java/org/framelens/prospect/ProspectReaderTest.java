package org.framelens.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.subject.Subject;
import org.framelens.subject.SubjectFinder;
import org.framelens.testing.Articles;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.Test;

class ProspectReaderTest {

    private final ProspectReader reader = new ProspectReader(new ProspectJudge());

    @Test
    void scoresFromMinusOneToOneOverSentencesAboutTheSubject() {
        Subject subject = new Subject(List.of("talks"), List.of(), true);
        ProspectProfile p = reader.read(Articles.annotated(
                "The talks stalled on Monday.", "The talks collapsed again.", "Delegates said the talks made progress.",
                "The talks will resume in Geneva.", "The weather was cold."), subject);
        // 1 optimistic, 2 pessimistic, 1 neutral, 1 none: (1 - 2) / 4
        assertThat(p.optimistic()).isEqualTo(1);
        assertThat(p.pessimistic()).isEqualTo(2);
        assertThat(p.neutral()).isEqualTo(1);
        assertThat(p.score()).isCloseTo(-0.25, within(1e-9));
        assertThat(p.strongestPessimistic()).hasSize(2);
    }

    @Test
    void ownVoiceAndQuotedVoicesAreScoredApart() {
        Subject subject = new Subject(List.of("deal"), List.of(), true);
        ProspectProfile p = reader.read(Articles.annotated(
                "\"We are approaching a deal,\" Trump said.", "The deal has stalled, officials conceded privately."), subject);
        assertThat(p.quotedScore()).isCloseTo(1.0, within(1e-9));
        assertThat(p.authorScore()).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void ordersTheExamplesAsACarefulReaderDoes() {
        Map<String, AnnotatedArticle> examples = Examples.annotated();
        Subject subject = new SubjectFinder().find(new ArrayList<>(examples.values()), List.of());
        Map<String, Double> score = new HashMap<>();
        examples.forEach((name, article) -> score.put(name, reader.read(article, subject).score()));

        assertThat(score.get("clash-report")).isGreaterThan(score.get("opinion-blog"));
        assertThat(score.get("opinion-blog")).isGreaterThan(score.get("political-news-site"));
        assertThat(score.get("political-news-site")).isGreaterThan(score.get("kyiv-independent"))
                .isGreaterThan(score.get("the-bulwark"));
    }
}
