package org.framelens.compare.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.testing.Articles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFinderTest {

    private static final NumberFinder FINDER = new NumberFinder(CoverageLexicon.load());

    /** The numbers found in a one-paragraph text, as "label=key" joined by " ; " (a key is "value|counted words"). */
    private static String numbers(String paragraph) {
        AnnotatedArticle article = Articles.annotated(paragraph);
        List<String> found = article.sentences().stream()
                .flatMap(s -> FINDER.find(s).stream())
                .map(m -> m.label() + "=" + m.key())
                .toList();
        return String.join(" ; ", found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The plan caps Ukraine's army at 100,000 troops.#100,000 troops=100000|troop",
        "The war has already devoured over 500,000 lives.#500,000 lives=500000|live",
        "An anonymous donor gave $130 million to pay the soldiers.#$130 million=$130 million|",
        "A donor gave $130M to pay the soldiers.#$130M=$130 million|",
        "The 28-point plan was leaked last week.#28-point plan=28-point|",
        "They drafted a 19-point framework in Geneva.#19-point framework=19-point|",
        "Russia captured 267 square kilometers in October.#267 square kilometers=267|square kilometer",
        "Ukrainian drones struck the region, claiming three lives.#three lives=3|live",
        "India was penalized with a 25% tariff.#25% tariff=25%|tariff",
        "The sides agreed a 90-day truce.#90-day truce=90-day|",
        "Russia captured 0.04% of Ukrainian territory.#0.04%=0.04%|",
        "The 48 missiles and 470 drones pummeled Kyiv.#48 missiles=48|missile ; 470 drones=470|drone",
    })
    void findsNumbersWithWhatTheyCount(String paragraph, String expected) {
        assertThat(numbers(paragraph)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On November 25, 2025, the talks resumed in Geneva.",
        "Putin will meet the envoy on Dec. 2 in Moscow.",
        "The talks lasted two weeks.",
        "A 90-year-old woman sifted through the ruins.",
        "Missiles hit Kyiv overnight, killing at least seven and wounding 20.",
        "The region was annexed in the 2022 referendum.",
        "It would treat an attack as one on NATO's Article 5.",
    })
    void leavesOutDatesYearsTimeSpansAgesAndBareCounts(String paragraph) {
        assertThat(numbers(paragraph)).isEmpty();
    }
}
