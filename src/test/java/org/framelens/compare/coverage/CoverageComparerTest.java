package org.framelens.compare.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.framelens.compare.OutletArticles.outlets;

import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoverageComparerTest {

    private static final CoverageComparer COMPARER = new CoverageComparer();
    private static CoverageMatrix matrix;

    @BeforeAll
    static void compareFourOutlets() {
        matrix = COMPARER.compare(outlets(
                "Alpha", "Special envoy Steve Witkoff met Vladimir Putin in Moscow on Tuesday. "
                        + "Witkoff said the 28-point plan was not dead.",
                "Beta", "Steve Witkoff flew to Moscow for the Alaska summit follow-up. Russia rejected the 28-point plan.",
                "Gamma", "Witkoff and Jared Kushner arrived in Moscow. Kushner wants business deals, critics say.",
                "Delta", "Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. Zelensky said the talks would continue."));
    }

    @Test
    void anItemThreeOfFourOutletsMentionIsLeftOutByTheFourth() {
        CoverageItem witkoff = matrix.item("Steve Witkoff").orElseThrow();
        assertThat(witkoff.kind()).isEqualTo(CoverageItem.Kind.PERSON);
        assertThat(witkoff.outletCount()).isEqualTo(3);
        assertThat(witkoff.leftOutBy()).containsExactly("Delta");
        assertThat(matrix.item("Moscow").orElseThrow().leftOutBy()).containsExactly("Delta");
        assertThat(matrix.leftOutBy("Delta")).extracting(CoverageItem::label).contains("Steve Witkoff", "Moscow");
    }

    @Test
    void eachOutletsMentionsAreTheSentencesThatNameTheItem() {
        CoverageItem witkoff = matrix.item("Steve Witkoff").orElseThrow();
        assertThat(witkoff.mentions()).containsOnlyKeys("Alpha", "Beta", "Gamma", "Delta");
        assertThat(witkoff.mentions("Alpha")).containsExactly(0, 1);
        assertThat(witkoff.mentions("Beta")).containsExactly(0);
        assertThat(witkoff.mentions("Delta")).isEmpty();
        assertThat(witkoff.mentionedBy("Delta")).isFalse();
    }

    @Test
    void anItemOneOutletMentionsOnceIsNoItem() {
        assertThat(matrix.items()).extracting(CoverageItem::label).doesNotContain("Vladimir Putin", "Putin");
    }

    @Test
    void anItemOneOutletMentionsTwiceIsKeptButNobodyLeavesItOut() {
        CoverageItem kushner = matrix.item("Jared Kushner").orElseThrow();
        assertThat(kushner.mentions("Gamma")).containsExactly(0, 1);
        assertThat(kushner.leftOutBy()).isEmpty();
    }

    @Test
    void spellingsOfOneNameAreOneItem() {
        CoverageItem zelensky = matrix.items(CoverageItem.Kind.PERSON).stream()
                .filter(i -> i.label().startsWith("Volodymyr")).findFirst().orElseThrow();
        assertThat(zelensky.mentions("Delta")).containsExactly(0, 1);
        assertThat(matrix.items()).extracting(CoverageItem::label).doesNotContain("Zelensky", "Zelenskyy");
    }

    @Test
    void anItemHalfTheOtherOutletsMentionIsLeftOutByTheRest() {
        CoverageItem plan = matrix.item("28-point plan").orElseThrow();
        assertThat(plan.kind()).isEqualTo(CoverageItem.Kind.NUMBER);
        assertThat(plan.leftOutBy()).containsExactly("Gamma", "Delta");
    }

    @Test
    void itemsAreOrderedByHowManyOutletsMentionThemThenKindThenLabel() {
        List<CoverageItem> items = matrix.items();
        for (int i = 1; i < items.size(); i++) {
            CoverageItem before = items.get(i - 1);
            CoverageItem after = items.get(i);
            assertThat(before.outletCount()).isGreaterThanOrEqualTo(after.outletCount());
            if (before.outletCount() == after.outletCount()) {
                assertThat(before.kind()).isLessThanOrEqualTo(after.kind());
            }
        }
        assertThat(items.get(0).label()).isEqualTo("Steve Witkoff");
        assertThat(COMPARER.compare(sameOutletsAgain())).isEqualTo(COMPARER.compare(sameOutletsAgain()));
    }

    @Test
    void titlesAreTakenOffAPersonsName() {
        CoverageMatrix titled = COMPARER.compare(outlets(
                "A", "U.S. Army Secretary Dan Driscoll met Russian officials in Abu Dhabi.",
                "B", "Army Secretary Dan Driscoll flew to Abu Dhabi.",
                "C", "Driscoll told Ukrainian officials to take the deal."));
        CoverageItem driscoll = titled.item("Dan Driscoll").orElseThrow();
        assertThat(driscoll.kind()).isEqualTo(CoverageItem.Kind.PERSON);
        assertThat(driscoll.outletCount()).isEqualTo(3);
        assertThat(titled.item("Abu Dhabi").orElseThrow().kind()).isEqualTo(CoverageItem.Kind.PLACE);
    }

    @Test
    void placesAreFoundByGazetteerSpellingAndByPreposition() {
        CoverageMatrix places = COMPARER.compare(outlets(
                "A", "Officials met in Geneva. Missiles struck Kiev.",
                "B", "The talks in Geneva ended. Drones hit Kyiv."));
        assertThat(places.item("Geneva").orElseThrow().kind()).isEqualTo(CoverageItem.Kind.PLACE);
        CoverageItem kyiv = places.item("Kyiv").orElseThrow();
        assertThat(kyiv.kind()).isEqualTo(CoverageItem.Kind.PLACE);
        assertThat(kyiv.outletCount()).isEqualTo(2);
    }

    @Test
    void namedEventsAreItemsOfTheirOwn() {
        CoverageMatrix events = COMPARER.compare(outlets(
                "A", "The deal builds on the Alaska summit with Putin.",
                "B", "Since the Alaska summit, little has moved."));
        CoverageItem summit = events.item("Alaska summit").orElseThrow();
        assertThat(summit.kind()).isEqualTo(CoverageItem.Kind.EVENT);
        assertThat(summit.outletCount()).isEqualTo(2);
    }

    @Test
    void titleCaseHeadlineWordsAreNoNames() {
        CoverageMatrix headlines = COMPARER.compare(outlets(
                "A", "Trump Sends Top Envoy to Russia to Finalize Ukraine Plan",
                "B", "Trump Sends Top Envoy to Russia\n\nThe envoy will meet officials in Russia."));
        assertThat(headlines.items()).extracting(CoverageItem::label)
                .contains("Russia").doesNotContain("Top Envoy", "Envoy", "Plan", "Ukraine Plan", "Sends Top Envoy");
    }

    @Test
    void aHyphenKeepsADoubleSurnameWholeButSplitsTwoNamesThatStandAlone() {
        CoverageMatrix hyphens = COMPARER.compare(outlets(
                "A", "Itamar Ben-Gvir threatened to quit the Russia-Ukraine talks.",
                "B", "Ben-Gvir stayed. Russia and Ukraine met again."));
        assertThat(hyphens.item("Itamar Ben-Gvir").orElseThrow().outletCount()).isEqualTo(2);
        assertThat(hyphens.item("Russia").orElseThrow().outletCount()).isEqualTo(2);
        assertThat(hyphens.item("Ukraine").orElseThrow().outletCount()).isEqualTo(2);
    }

    @Test
    void aPercentageWithoutItsNounJoinsTheSameValueWithIt() {
        CoverageMatrix numbers = COMPARER.compare(outlets(
                "A", "The talks focused on tariffs of 145% on Chinese goods.",
                "B", "Washington agreed to cut the 145% tariffs."));
        List<CoverageItem> items = numbers.items(CoverageItem.Kind.NUMBER);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).outletCount()).isEqualTo(2);
    }

    @Test
    void anOutletNamingItselfIsNoItem() {
        CoverageMatrix self = COMPARER.compare(outlets(
                "The Daily Planet", "Putin told the Daily Planet he would not stop. The Daily Planet asked again.",
                "Other", "Putin spoke to reporters."));
        assertThat(self.items()).extracting(CoverageItem::label).doesNotContain("Daily Planet");
    }

    @Test
    void refusesTwoArticlesFromOneOutletName() {
        assertThatThrownBy(() -> COMPARER.compare(outlets("A", "Putin spoke.", "A", "Putin spoke again.")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<AnnotatedArticle> sameOutletsAgain() {
        return outlets("X", "Steve Witkoff met Putin in Moscow.", "Y", "Witkoff flew to Moscow to see Putin.");
    }
}
