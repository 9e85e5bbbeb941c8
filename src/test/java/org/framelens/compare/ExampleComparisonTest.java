package org.framelens.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.compare.coverage.CoverageComparer;
import org.framelens.compare.coverage.CoverageItem;
import org.framelens.compare.coverage.CoverageMatrix;
import org.framelens.compare.wording.WordingComparer;
import org.framelens.compare.wording.WordingSimilarity;
import org.framelens.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparisons on the five example articles, printed for reading, with facts checked by reading the
 * cleaned articles: who names Witkoff, Kushner, Lavrov, Driscoll and the 28-point plan, and who does not.
 */
class ExampleComparisonTest {

    private static final String CLASH = "Clash Report";
    private static final String KYIV = "The Kyiv Independent";
    private static final String BLOG = "Unnamed opinion blog";
    private static final String POLITICAL = "Unnamed political news site";
    private static final String BULWARK = "The Bulwark";

    private static CoverageMatrix coverage;
    private static WordingSimilarity wording;

    @BeforeAll
    static void compareTheExamples() {
        Map<String, AnnotatedArticle> examples = Examples.annotated();
        List<AnnotatedArticle> articles = List.copyOf(examples.values());
        coverage = new CoverageComparer().compare(articles);
        wording = new WordingComparer().compare(articles);
        System.out.println(describe(coverage));
        System.out.println(describe(wording));
    }

    @Test
    void comparesTheFiveOutletsInTheOrderGiven() {
        assertThat(coverage.outlets()).containsExactly(CLASH, KYIV, BLOG, POLITICAL, BULWARK);
        assertThat(wording.outlets()).isEqualTo(coverage.outlets());
        assertThat(coverage.items()).hasSizeLessThanOrEqualTo(CoverageComparer.DEFAULT_ITEM_LIMIT);
    }

    @Test
    void witkoffIsNamedByFourOutletsAndLeftOutByThePoliticalNewsSite() {
        CoverageItem witkoff = coverage.item("Steve Witkoff").orElseThrow();
        assertThat(witkoff.outletCount()).isGreaterThanOrEqualTo(4);
        assertThat(witkoff.mentionedBy(POLITICAL)).isFalse();
        assertThat(witkoff.leftOutBy()).containsExactly(POLITICAL);
    }

    @Test
    void theTwentyEightPointPlanIsLeftOutByTheClashReportAndThePoliticalNewsSite() {
        CoverageItem plan = coverage.items(CoverageItem.Kind.NUMBER).stream()
                .filter(i -> i.label().startsWith("28-point")).findFirst().orElseThrow();
        assertThat(plan.mentionedBy(KYIV)).isTrue();
        assertThat(plan.mentionedBy(BLOG)).isTrue();
        assertThat(plan.mentionedBy(BULWARK)).isTrue();
        assertThat(plan.leftOutBy()).containsExactly(CLASH, POLITICAL);
    }

    @Test
    void lavrovIsLeftOutByTheKyivIndependentAndTheBulwark() {
        CoverageItem lavrov = coverage.items(CoverageItem.Kind.PERSON).stream()
                .filter(i -> i.label().endsWith("Lavrov")).findFirst().orElseThrow();
        assertThat(lavrov.mentionedBy(CLASH)).isTrue();
        assertThat(lavrov.mentionedBy(BLOG)).isTrue();
        assertThat(lavrov.mentions(POLITICAL)).hasSize(2);
        assertThat(lavrov.leftOutBy()).containsExactly(KYIV, BULWARK);
    }

    @Test
    void driscollIsNamedByTheClashReportTheKyivIndependentAndTheBlog() {
        CoverageItem driscoll = coverage.item("Dan Driscoll").orElseThrow();
        assertThat(driscoll.outletCount()).isEqualTo(3);
        assertThat(driscoll.leftOutBy()).containsExactly(POLITICAL, BULWARK);
    }

    @Test
    void kushnerIsNamedOnlyByTheBulwarkSoNobodyLeavesHimOut() {
        CoverageItem kushner = coverage.item("Jared Kushner").orElseThrow();
        assertThat(kushner.outletCount()).isEqualTo(1);
        assertThat(kushner.mentions(BULWARK)).hasSize(2);
        assertThat(kushner.leftOutBy()).isEmpty();
    }

    @Test
    void ushakovsTwoSpellingsAreOnePerson() {
        CoverageItem ushakov = coverage.items(CoverageItem.Kind.PERSON).stream()
                .filter(i -> i.label().endsWith("Ushakov")).findFirst().orElseThrow();
        assertThat(ushakov.mentionedBy(POLITICAL)).isTrue();
        assertThat(ushakov.mentionedBy(BULWARK)).isTrue();
    }

    @Test
    void everyOutletNamesTrumpPutinRussiaAndUkraine() {
        for (String label : List.of("Donald Trump", "Vladimir Putin", "Russia", "Ukraine")) {
            assertThat(coverage.item(label).orElseThrow().outletCount()).as(label).isEqualTo(5);
        }
    }

    @Test
    void noOutletCountsAsCoveringItselfWhenItNamesItself() {
        assertThat(coverage.items()).extracting(CoverageItem::label).doesNotContain("Kyiv Independent");
    }

    @Test
    void wordingMatrixIsSymmetricAndEveryPairHasEvidence() {
        double[][] values = wording.values();
        for (int i = 0; i < values.length; i++) {
            assertThat(values[i][i]).isEqualTo(1.0);
            for (int j = i + 1; j < values.length; j++) {
                assertThat(values[i][j]).isEqualTo(values[j][i]).isStrictlyBetween(0.0, 1.0);
                assertThat(wording.sharedTerms().get(WordingSimilarity.pairKey(i, j))).isNotEmpty();
            }
        }
    }

    @Test
    void theKyivIndependentAndTheBlogBothWriteOfConcessions() {
        assertThat(wording.sharedTerms(KYIV, BLOG)).contains("concessions");
    }

    private static String describe(CoverageMatrix matrix) {
        StringBuilder out = new StringBuilder("Coverage matrix (outlets: " + matrix.outlets() + ")\n");
        for (CoverageItem item : matrix.items()) {
            out.append(String.format("%-12s %-28s", item.kind().label(), item.label()));
            for (String outlet : matrix.outlets()) {
                out.append(String.format(" %-16s", item.mentions(outlet)));
            }
            out.append(item.leftOutBy().isEmpty() ? "" : "  left out by " + item.leftOutBy()).append('\n');
        }
        return out.toString();
    }

    private static String describe(WordingSimilarity similarity) {
        StringBuilder out = new StringBuilder("Wording similarity\n");
        List<String> outlets = similarity.outlets();
        double[][] values = similarity.values();
        for (int i = 0; i < outlets.size(); i++) {
            out.append(String.format("%-30s", outlets.get(i)));
            for (double v : values[i]) {
                out.append(String.format(" %.3f", v));
            }
            out.append('\n');
        }
        for (int i = 0; i < outlets.size(); i++) {
            for (int j = i + 1; j < outlets.size(); j++) {
                out.append(outlets.get(i)).append(" / ").append(outlets.get(j)).append(": both say ")
                        .append(String.join(", ", similarity.sharedTerms(outlets.get(i), outlets.get(j)))).append('\n');
            }
        }
        return out.toString();
    }
}
