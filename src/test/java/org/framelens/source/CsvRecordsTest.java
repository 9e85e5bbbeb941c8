package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void splitsPlainFieldsAndRecords() throws CsvFormatException {
        CsvRecords csv = CsvRecords.parse("file,outlet\r\na.txt,A\nb.txt,B\n", ',');

        assertThat(csv.records()).extracting(CsvRecords.Row::fields).containsExactly(
                List.of("file", "outlet"), List.of("a.txt", "A"), List.of("b.txt", "B"));
    }

    @Test
    void keepsSeparatorsDoubledQuotesAndLineBreaksInsideQuotedFields() throws CsvFormatException {
        String text = "file,title\n"
                + "a.txt,\"Trump, Putin and the \"\"deal\"\"\"\n"
                + "b.txt,\"Two\nlines\"\n"
                + "c.txt,\"\"\n";

        CsvRecords csv = CsvRecords.parse(text, ',');

        assertThat(csv.records()).extracting(CsvRecords.Row::fields).containsExactly(
                List.of("file", "title"),
                List.of("a.txt", "Trump, Putin and the \"deal\""),
                List.of("b.txt", "Two\nlines"),
                List.of("c.txt", ""));
        assertThat(csv.records()).extracting(CsvRecords.Row::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void keepsEmptyFieldsIncludingATrailingOne() throws CsvFormatException {
        CsvRecords csv = CsvRecords.parse("a,,c,", ',');

        assertThat(csv.records().get(0).fields()).containsExactly("a", "", "c", "");
    }

    @Test
    void usesTheSeparatorItIsGiven() throws CsvFormatException {
        CsvRecords csv = CsvRecords.parse("file;title\na.txt;\"x; y\"", ';');

        assertThat(csv.records().get(1).fields()).containsExactly("a.txt", "x; y");
    }

    @Test
    void failsOnQuoteNeverClosed() {
        assertThatThrownBy(() -> CsvRecords.parse("file,title\na.txt,\"open\nb.txt,x\n", ','))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("a quoted field starting on line 2 is never closed");
    }

    @Test
    void failsOnTextAfterClosingQuote() {
        assertThatThrownBy(() -> CsvRecords.parse("file,title\na.txt,\"x\"y\n", ','))
                .hasMessage("line 2 has text after a closing double quote");
    }
}
