package org.framelens.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteSpansTest {

    /** Joins the quoted stretches with "|" so expectations read as text. */
    private static String quoted(String text) {
        List<QuoteSpans.Span> spans = QuoteSpans.find(text);
        return String.join("|", spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "\"It is over,\" she said.;It is over,",
        "He called it “a sham” and “a farce.”;a sham|a farce.",
        "Trump’s envoy can’t come.;''",
        "Officials hail ‘difficult but productive’ meeting;difficult but productive",
        "He said: “We will win. Nobody doubts it.;We will win. Nobody doubts it.",
        "The 5\" screen broke.;''",
        "‘We’ve been clear that drivers’ pay had to keep pace with prices.’ He left.;We’ve been clear that drivers’ pay had to keep pace with prices.",
        "He called it ‘a sham’ and said ‘no deal.’;a sham|no deal.",
    })
    void findsWhatLiesInsideQuotationMarks(String text, String expected) {
        assertThat(quoted(text)).isEqualTo(expected);
    }
}
