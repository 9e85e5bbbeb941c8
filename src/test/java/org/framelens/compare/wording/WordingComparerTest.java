package org.framelens.compare.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.framelens.compare.OutletArticles.outlets;

import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.compare.OutletArticles;
import org.framelens.lexicon.WordList;
import org.junit.jupiter.api.Test;

class WordingComparerTest {

    private static final List<AnnotatedArticle> TINY = outlets(
            "A", "Sanctions hurt. Sanctions failed.",
            "B", "Sanctions failed badly.");

    @Test
    void cosineOfSingleWordsMatchesTheHandComputedValue() {
        // A: sanctions 2, hurt 1, failed 1; B: sanctions 1, failed 1, badly 1.
        // dot = 2*1 + 1*1 = 3; |A| = sqrt(4 + 1 + 1) = sqrt(6); |B| = sqrt(3); cos = 3 / sqrt(18) = 1 / sqrt(2).
        WordingSimilarity similarity = new WordingComparer(false).compare(TINY);
        assertThat(similarity.value("A", "B")).isCloseTo(1 / Math.sqrt(2), within(1e-9));
    }

    @Test
    void cosineWithWordPairsMatchesTheHandComputedValue() {
        // A adds "sanctions hurt" 1 and "sanctions failed" 1; B adds "sanctions failed" 1 and "failed badly" 1.
        // dot = 2 + 1 + 1 ("sanctions failed") = 4; |A|^2 = 4+1+1+1+1 = 8; |B|^2 = 1+1+1+1+1 = 5; cos = 4 / sqrt(40).
        WordingSimilarity similarity = new WordingComparer(true).compare(TINY);
        assertThat(similarity.value("A", "B")).isCloseTo(4 / Math.sqrt(40), within(1e-9));
    }

    @Test
    void termsLeaveOutFunctionWordsAndNumbersAndPairOnlyNeighbouringContentWords() {
        TermCounter counter = new TermCounter(WordList.set(TermCounter.class, "/org/framelens/compare/stop-words.txt"), true);
        Map<CharSequence, Integer> terms = counter.count(OutletArticles.of("A", "The 28 drones hit the city of Kyiv’s mayor."));
        assertThat(terms.keySet()).extracting(CharSequence::toString)
                .containsExactlyInAnyOrder("drones", "hit", "drones hit", "city", "kyiv", "mayor", "kyiv mayor");
    }

    @Test
    void matrixIsSymmetricWithOnesOnTheDiagonal() {
        WordingSimilarity similarity = new WordingComparer().compare(outlets(
                "A", "Russia rejected the peace plan. Moscow wants more.",
                "B", "The peace plan stalled as Moscow hardened its demands.",
                "C", "Farmers protested against grain imports in Warsaw."));
        double[][] values = similarity.values();
        for (int i = 0; i < values.length; i++) {
            assertThat(values[i][i]).isEqualTo(1.0);
            for (int j = 0; j < values.length; j++) {
                assertThat(values[i][j]).isEqualTo(values[j][i]).isBetween(0.0, 1.0);
            }
        }
        assertThat(similarity.value("A", "B")).isGreaterThan(similarity.value("A", "C"));
        assertThat(similarity.value("A", "C")).isZero();
    }

    @Test
    void theMatrixHandedOutCannotChangeTheRecord() {
        WordingSimilarity similarity = new WordingComparer().compare(TINY);
        similarity.values()[0][1] = 42;
        assertThat(similarity.values()[0][1]).isLessThan(1.0);
    }

    @Test
    void sharedTermsAreTheDistinctiveWordsBothOutletsUse() {
        WordingSimilarity similarity = new WordingComparer().compare(outlets(
                "A", "Witkoff met Putin. The talks stalled over maximalist demands.",
                "B", "The talks failed: Witkoff could not soften the Kremlin's maximalist demands.",
                "C", "The talks in Geneva ended without a statement."));
        List<String> shared = similarity.sharedTerms("A", "B");
        assertThat(shared).contains("maximalist demands", "witkoff").doesNotContain("talks");
        assertThat(similarity.sharedTerms().get(WordingSimilarity.pairKey(0, 1))).isEqualTo(shared);
        assertThat(similarity.sharedTerms("B", "A")).isEqualTo(shared);
        assertThat(similarity.sharedTerms("A", "C")).isEmpty();
    }

    @Test
    void atMostFiveSharedTermsAreShownPerPair() {
        WordingSimilarity similarity = new WordingComparer().compare(outlets(
                "A", "Tanks, drones, missiles, artillery, sanctions, tariffs and refugees dominate the coverage.",
                "B", "Tanks, drones, missiles, artillery, sanctions, tariffs and refugees dominate the coverage."));
        assertThat(similarity.sharedTerms("A", "B")).hasSize(WordingComparer.SHARED_TERMS);
        assertThat(similarity.value("A", "B")).isCloseTo(1.0, within(1e-9));
    }
}
