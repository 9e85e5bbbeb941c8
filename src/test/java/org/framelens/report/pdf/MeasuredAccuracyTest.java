package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MeasuredAccuracyTest {

    /** A complete file with round figures, as the accuracy evaluation writes it. */
    private static final String COMPLETE = """
            # a comment
            measured.on=every sentence of the 2 example articles
            measured.articles=2
            measured.sentences=40
            prospect.accuracy=0.75
            prospect.agreed=30
            prospect.sentences=40
            prospect.outlets=2
            prospect.outlets.sameOrder=false
            hedges.precision=0.80
            hedges.recall=1.00
            hedges.f1=0.89
            hedges.found=10
            hedges.marked=8
            loaded.precision=0.50
            loaded.recall=0.25
            loaded.found=4
            loaded.marked=8
            frames.precision=0.90
            frames.recall=0.60
            frames.f1=0.72
            frames.found=20
            frames.marked=30
            """;

    @Test
    void readsEveryFigureOfACompleteFile() throws IOException {
        MeasuredAccuracy read = MeasuredAccuracy.read(stream(COMPLETE));

        assertThat(read).isEqualTo(new MeasuredAccuracy(2, 40, new MeasuredAccuracy.Agreement(0.75, 30, 40), 2, false,
                new MeasuredAccuracy.Detection(0.8, 1.0, 10, 8), new MeasuredAccuracy.Detection(0.5, 0.25, 4, 8),
                new MeasuredAccuracy.Detection(0.9, 0.6, 20, 30)));
    }

    @Test
    void theJarShipsTheFiguresOfTheFileTheAccuracyEvaluationWrote() throws IOException {
        Path written = Path.of("src/main/resources/org/framelens/report/pdf/accuracy.properties");

        assertThat(MeasuredAccuracy.standard())
                .isEqualTo(MeasuredAccuracy.read(Files.newInputStream(written)));
    }

    @Test
    void aMissingFileSaysSoAndHowToMakeIt() {
        assertThatThrownBy(() -> MeasuredAccuracy.read(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the measured accuracy accuracy.properties is missing from the jar: run mvn -B test "
                        + "-Paccuracy, then build framelens again");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "hedges.precision | 0,83     | a share from 0 to 1",
        "loaded.recall    | 1.5      | a share from 0 to 1",
        "frames.precision | -0.1     | a share from 0 to 1",
        "prospect.agreed  | many     | a whole number",
        "frames.marked    | 12.0     | a whole number",
        "prospect.outlets.sameOrder | yes | true or false",
    })
    void aGarbledFigureNamesItsKeyAndValue(String key, String value, String expected) {
        String garbled = COMPLETE.replaceAll("(?m)^" + key.replace(".", "\\.") + "=.*$", key + "=" + value);

        assertThatThrownBy(() -> MeasuredAccuracy.read(stream(garbled)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the measured accuracy accuracy.properties gives " + key + " as \"" + value + "\", not "
                        + expected + ": run mvn -B test -Paccuracy, then build framelens again");
    }

    @Test
    void aMissingFigureNamesItsKey() {
        String without = COMPLETE.replaceAll("(?m)^loaded\\.found=.*\\R", "");

        assertThatThrownBy(() -> MeasuredAccuracy.read(stream(without)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the measured accuracy accuracy.properties has no loaded.found: run mvn -B test "
                        + "-Paccuracy, then build framelens again");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
