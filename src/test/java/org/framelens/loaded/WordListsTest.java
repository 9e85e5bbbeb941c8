package org.framelens.loaded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.framelens.lexicon.WordList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordListsTest {

    /** Plain descriptive words a reader would not call loaded; none may enter the word lists. */
    private static final Set<String> NEUTRAL = Set.of("large", "new", "russian", "major", "significant", "key",
            "very", "big", "small", "important", "serious", "difficult", "official", "said", "deadly", "fierce");

    @ParameterizedTest
    @ValueSource(strings = {"subjective.txt", "labels.txt", "distancing.txt"})
    void keepsNeutralDescriptiveWordsOutOfTheLoadedLists(String resource) {
        List<String> lines = WordList.lines(WordListsTest.class, resource);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            WordPattern pattern = WordPattern.parse(LoadedKind.SUBJECTIVE, line);
            assertThat(pattern.forms()).as(line).doesNotContainAnyElementsOf(NEUTRAL);
        }
    }

    @Test
    void readsEveryThresholdOfTheArticleKindRule() {
        KindThresholds t = KindThresholds.load();
        assertThat(t.newsLoadedPer1k()).isLessThan(t.opinionLoadedPer1k());
        assertThat(t.opinionFirstPerson()).isPositive();
        assertThat(t.newsQuotedShare()).isBetween(0.0, 1.0);
    }
}
