package org.framelens.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamedSourceRuleTest {

    private final NamedSourceRule rule = new NamedSourceRule();

    @ParameterizedTest
    @ValueSource(strings = {"Sergey Lavrov", "Putin", "the Kremlin", "Institute for the Study of War",
        "Ursula von der Leyen", "DeepState", "Britain’s Guardian", "United Auto Workers", "al-Ansari", "NATO",
        "Associated Press", "G7"})
    void countsAProperNameAsNamed(String speaker) {
        assertThat(rule.isNamed(speaker)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"analysts", "Analysts", "Officials", "Ukrainian officials", "Western media",
        "U.S. officials", "a source familiar with the talks", "officials in Paris",
        "a Ukrainian President's Office source", "the monitoring group", "Two senior diplomats", "Experts"})
    void countsADescriptionAsAnonymous(String speaker) {
        assertThat(rule.isNamed(speaker)).isFalse();
    }
}
