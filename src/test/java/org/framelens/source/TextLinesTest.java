package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"one\ntwo\n\nfour\n", "one\r\ntwo\r\n\r\nfour\r\n", "one\rtwo\r\rfour\r", "one\ntwo\r\n\rfour"})
    void splitsAtAnyLineEndWithoutAddingAFinalEmptyLine(String text) {
        assertThat(TextLines.split(text)).containsExactly("one", "two", "", "four");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n"})
    void emptyTextHasNoLinesOrOneEmptyLine(String text) {
        assertThat(TextLines.split(text)).isEqualTo(text.isEmpty() ? List.of() : List.of(""));
    }
}
