package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.framelens.article.ArticleMetadata;
import org.junit.jupiter.api.Test;

class MetadataHeaderTest {

    @Test
    void readsAllKnownKeysUpToTheClosingLine() {
        List<String> lines = List.of("outlet: The Bulwark", "title: As Putin Threatens Europe",
                "date: 2025-12-02 (approx.)", "url: https://example.org/a?b=c:d", "author: Cathy Young", "---",
                "First line");

        MetadataHeader header = MetadataHeader.read(lines).orElseThrow();

        assertThat(header.metadata()).isEqualTo(new ArticleMetadata("The Bulwark", "As Putin Threatens Europe",
                LocalDate.of(2025, 12, 2), true, "https://example.org/a?b=c:d", "Cathy Young"));
        assertThat(header.lineCount()).isEqualTo(6);
        assertThat(header.complaints()).isEmpty();
    }

    @Test
    void acceptsKeysInAnyCaseAndBlankLinesBeforeTheHeader() {
        List<String> lines = List.of("", "  ", "Outlet:  Clash Report ", "TITLE: Envoy", "---", "Text");

        MetadataHeader header = MetadataHeader.read(lines).orElseThrow();

        assertThat(header.metadata().outlet()).isEqualTo("Clash Report");
        assertThat(header.metadata().title()).isEqualTo("Envoy");
        assertThat(header.metadata().date()).isNull();
        assertThat(header.lineCount()).isEqualTo(5);
    }

    @Test
    void acceptsByteOrderMarkBeforeFirstKey() {
        List<String> lines = List.of("\uFEFFoutlet: X", "---", "Text");

        assertThat(MetadataHeader.read(lines)).map(h -> h.metadata().outlet()).contains("X");
    }

    @Test
    void isAbsentWhenALineBeforeTheRuleIsOrdinaryText() {
        List<String> lines = List.of("outlet: X", "The envoy arrived on Monday.", "---", "More text");

        assertThat(MetadataHeader.read(lines)).isEmpty();
    }

    @Test
    void isAbsentWhenAKeyIsUnknown() {
        List<String> lines = List.of("outlet: X", "Update: talks resumed", "---", "More text");

        assertThat(MetadataHeader.read(lines)).isEmpty();
    }

    @Test
    void isAbsentWhenNoKeyPrecedesTheRule() {
        assertThat(MetadataHeader.read(List.of("", "---", "outlet: X"))).isEmpty();
    }

    @Test
    void isAbsentWithoutClosingRule() {
        assertThat(MetadataHeader.read(List.of("outlet: X", "title: Y", "", "Text"))).isEmpty();
    }

    @Test
    void isAbsentWhenRuleIsNotExactlyThreeDashes() {
        assertThat(MetadataHeader.read(List.of("outlet: X", "----", "Text"))).isEmpty();
        assertThat(MetadataHeader.read(List.of("outlet: X", "--- end", "Text"))).isEmpty();
    }

    @Test
    void keepsHeaderWithUnreadableDateAndComplains() {
        List<String> lines = List.of("outlet: X", "date: last Tuesday", "---", "Text");

        MetadataHeader header = MetadataHeader.read(lines).orElseThrow();

        assertThat(header.metadata().outlet()).isEqualTo("X");
        assertThat(header.metadata().date()).isNull();
        assertThat(header.metadata().dateApproximate()).isFalse();
        assertThat(header.complaints()).containsExactly("date \"last Tuesday\" is not YYYY-MM-DD; ignored");
    }

    @Test
    void treatsEmptyValueAsNotGiven() {
        Optional<MetadataHeader> header = MetadataHeader.read(List.of("outlet: X", "author:", "---", "Text"));

        assertThat(header).map(h -> h.metadata().author()).isEmpty();
    }
}
