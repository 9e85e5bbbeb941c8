package org.framelens.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps agreement with the hand labels from sliding back, and docs/accuracy.md and the figures the printed report
 * ships ({@code accuracy.properties}) true: run with {@code -Daccuracy.write=true} (the accuracy profile) to write
 * both anew.
 */
class AccuracyTest {

    private static final Path PAGE = Path.of("docs/accuracy.md");
    private static final Path FIGURES = Path.of("src/main/resources/org/framelens/report/pdf/accuracy.properties");
    private static AccuracyEvaluation evaluation;

    @BeforeAll
    static void evaluate() throws IOException {
        evaluation = new AccuracyEvaluation();
        if (Boolean.getBoolean("accuracy.write")) {
            Files.writeString(PAGE, evaluation.markdown(), StandardCharsets.UTF_8);
            Files.writeString(FIGURES, evaluation.properties(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void prospectLabelsAgreeWithCarefulReaders() {
        assertThat(evaluation.prospect.accuracy()).isGreaterThanOrEqualTo(0.66);
        assertThat(evaluation.prospect.f1("pessimistic")).isGreaterThanOrEqualTo(0.70);
        assertThat(evaluation.prospect.f1("optimistic")).isGreaterThanOrEqualTo(0.65);
    }

    @Test
    void outletsAreOrderedAsTheHandLabelsOrderThem() {
        assertThat(evaluation.order(1)).isEqualTo(
                "Clash Report > Unnamed opinion blog > Unnamed political news site > The Kyiv Independent > The Bulwark");
    }

    @Test
    void hedgesAgreeWithCarefulReaders() {
        assertThat(evaluation.hedges.precision()).isGreaterThanOrEqualTo(0.75);
        assertThat(evaluation.hedges.recall()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void loadedLanguageAgreesWithCarefulReaders() {
        assertThat(evaluation.loaded.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(evaluation.loaded.recall()).isGreaterThanOrEqualTo(0.65);
    }

    @Test
    void framesAgreeWithCarefulReaders() {
        assertThat(evaluation.framesF1()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void accuracyPageShowsTheFiguresFramelensProducesNow() throws IOException {
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("docs/accuracy.md is out of date: run mvn -B test -Paccuracy")
                .isEqualTo(evaluation.markdown());
    }

    @Test
    void reportFiguresShowTheFiguresFramelensProducesNow() throws IOException {
        assertThat(Files.exists(FIGURES)).as(FIGURES + " is missing: run mvn -B test -Paccuracy").isTrue();
        assertThat(Files.readString(FIGURES, StandardCharsets.UTF_8))
                .as(FIGURES + " is out of date: run mvn -B test -Paccuracy")
                .isEqualTo(evaluation.properties());
    }
}
