package org.framelens.report.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicShaperTest {

    private final ArabicShaper shaper = ArabicShaper.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Zelensky: zain isolated, yeh initial, medial letters, yeh final' | زيلينسكي | \uFEAF\uFEF3\uFEE0\uFEF4\uFEE8\uFEB4\uFEDC\uFEF2
            'salam: seen initial, lam-alef final, meem isolated after alef'   | سلام     | \uFEB3\uFEFC\uFEE1
            'lam-alef alone is the isolated ligature'                          | لا       | \uFEFB
            'hamza never joins'                                                 | ءب       | \uFE80\uFE8F
            'Latin text is untouched'                                           | Kyiv     | Kyiv
            """)
    void replacesLettersByTheirJoinedForms(String description, String text, String shaped) throws IOException {
        assertThat(shaper.shape(text, cp -> true)).isEqualTo(shaped);
    }

    @Test
    void keepsThePlainLetterWhereNoFontHasTheForm() throws IOException {
        assertThat(shaper.shape("سلام", cp -> cp < 0xFB00)).isEqualTo("سلام");
    }

    @Test
    void rejectsAMalformedFormTable() {
        assertThatThrownBy(() -> ArabicShaper.parse(List.of("0628 FE8F")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("three fields");
    }
}
