package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "# Peace talks stall|Peace talks stall",
        "### What comes next ###|What comes next",
        "#hashtag is not a heading|#hashtag is not a heading",
        "The envoy was **very** clear.|The envoy was very clear.",
        "It was *not* a _real_ deal.|It was not a real deal.",
        "__Bold__ start|Bold start",
        "snake_case_name stays|snake_case_name stays",
        "5 * 3 stays|5 * 3 stays",
        "See [the report](https://example.org/r) now.|See the report now.",
        "![Envoy in Geneva](img/envoy.jpg)|''",
        "Before ![photo](a.jpg) after|Before  after",
        "> “We are close,” he said.|“We are close,” he said.",
        "* Ceasefire terms|Ceasefire terms",
        "- Security guarantees|Security guarantees",
        "Use `code` here|Use code here",
        "---|''",
        "***|''",
        "===|''",
        "Escaped \\*stars\\* stay|Escaped *stars* stay",
        "~~struck~~ out|struck out",
    })
    void stripsMarkupButKeepsTheWords(String line, String text) {
        assertThat(MarkdownText.strip(line)).isEqualTo(text);
    }
}
