package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  Trump   said  '|Trump said",
        "'a\u00A0b'|a b",
        "'a \u00A0 \t b'|a b",
        "'a\u202Fb\u2009c'|a b c",
        "'zero\u200Bwidth'|zerowidth",
        "'\uFEFFoutlet: X'|outlet: X",
        "'line\nbreak'|line break",
        "'   '|''",
    })
    void collapsesWhitespaceRunsAndTrims(String in, String out) {
        assertThat(BlockText.normalise(in)).isEqualTo(out);
    }
}
