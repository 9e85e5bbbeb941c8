package org.framelens.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "comments-area|comments area",
        "commentsArea|comments area",
        "disqus_thread|disqus thread",
        "AdSlot|ad slot",
        "ad300x250|ad300x250",
        "more--stories|more stories",
        "adapted|adapted",
    })
    void splitsAtPunctuationAndCaseChanges(String token, String words) {
        assertThat(ClassWords.of(token)).isEqualTo(List.of(words.split(" ")));
    }

    @Test
    void findsMultiWordMarkersOnlyAsConsecutiveWords() {
        assertThat(ClassWords.contains(List.of("more", "stories", "rail"), List.of("more", "stories"))).isTrue();
        assertThat(ClassWords.contains(List.of("more", "top", "stories"), List.of("more", "stories"))).isFalse();
    }
}
