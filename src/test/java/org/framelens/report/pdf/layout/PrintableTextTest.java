package org.framelens.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrintableTextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("tab and newline become spaces", "a\tb\nc", "a b c"),
                arguments("blank lines collapse to one space", "one\r\n\r\ntwo", "one two"),
                arguments("bell character is dropped", "bell\u0007 here", "bell here"),
                arguments("decomposed accent is composed", "e\u0301te", "\u00e9te"),
                arguments("zero-width space is dropped", "zero\u200Bwidth", "zerowidth"),
                arguments("variation selector is dropped", "\u2764\uFE0F love", "\u2764 love"),
                arguments("no-break space is kept", "10\u00A0km", "10\u00A0km"),
                arguments("em space becomes a plain space", "a\u2003b", "a b"),
                arguments("outer spaces collapse but stay, so styled pieces join", "  keeps   outer  ", " keeps outer "),
                arguments("null is empty", null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void makesTextSafeToPrintOnOneLine(String description, String input, String expected) {
        assertThat(PrintableText.clean(input)).isEqualTo(expected);
    }

    @Test
    void leavesScriptsOtherThanLatinAlone() {
        assertThat(PrintableText.clean("Зеленский 習近平 زيلينسكي 🙂")).isEqualTo("Зеленский 習近平 زيلينسكي 🙂");
    }
}
