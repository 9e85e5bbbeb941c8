package org.framelens.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueFinderTest {

    private static final CueFinder FINDER = new CueFinder();

    /** The cues of a one-paragraph text written as "category:text" joined by spaces. */
    private static String cues(String paragraph) {
        AnnotatedArticle article = Articles.annotated(paragraph);
        return String.join(" ", article.sentences().stream()
                .flatMap(s -> FINDER.find(s).stream())
                .map(c -> c.category().label() + ":" + c.text())
                .toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The talks may fail.|hedge:may",
        "The summit was held in May.|''",
        "Talks resumed in early May and stalled.|''",
        "May 5 was the deadline.|''",
        "He could not attend the meeting.|''",
        "Moscow could kill the new plan.|hedge:could",
        "Trump suggested imposing tariffs on India.|''",
        "Recent strikes suggest that Moscow is not convinced.|hedge:suggest",
        "I think the deal will hold.|hedge:think",
        "The Kremlin thinks it can wait.|''",
        "The guarantees appear very robust.|hedge:appear",
        "Putin appeared on television on Sunday.|''",
        "It is clear that these demands clash.|booster:clear",
        "The answer is increasingly clear.|booster:clear",
        "It is not clear whether the plan will pass.|hedge:not clear",
        "It is not entirely clear what Moscow wants.|hedge:clear",
        "The leaders sent a clear message.|''",
        "The war is virtually certain to continue into 2026.|booster:certain",
        "Certain issues remain.|''",
        "They fought with all their might.|''",
        "But perhaps, just perhaps, that is the prelude to silence.|hedge:perhaps hedge:perhaps",
        "The plan would probably not have been accepted.|hedge:probably",
        "This certainly does not look like peace.|booster:certainly",
        "In fact, the talks never started.|booster:In fact booster:never",
        "It remains to be seen whether Kyiv agrees.|hedge:remains to be seen",
        "The guarantees appear “very robust.”|hedge:appear",
        "Nothing suggests Moscow is about to face a setback.|''",
        "Russia lost about 100 men per square kilometer.|hedge:about",
        "They talked about the plan for some time.|''",
        "A potential peace agreement was discussed.|hedge:potential",
        "We will be watching closely to make sure the promises are kept.|''",
        "I am sure the deal will hold.|booster:sure",
        "Several fronts are believed to be involved in trafficking.|hedge:are believed to",
    })
    void findsCuesInTheirIntendedSense(String paragraph, String expected) {
        assertThat(cues(paragraph)).isEqualTo(expected);
    }

    @Test
    void offsetsPointAtTheCueInItsSentence() {
        AnnotatedArticle article = Articles.annotated(
                "Witkoff apparently cribbed the plan. So the war is likely to grind on.");
        for (Sentence s : article.sentences()) {
            for (Cue c : FINDER.find(s)) {
                assertThat(s.text().substring(c.start(), c.end())).isEqualTo(c.text());
                assertThat(c.sentence()).isEqualTo(s.index());
            }
        }
        assertThat(article.sentences().stream().flatMap(s -> FINDER.find(s).stream()).map(Cue::text))
                .containsExactly("apparently", "likely");
    }

    @Test
    void cueInsideQuotationIsInTheQuotedVoice() {
        AnnotatedArticle article = Articles.annotated("\"This may end soon,\" she said, though it probably will not.");
        List<Cue> found = FINDER.find(article.sentences().get(0));
        assertThat(found).extracting(Cue::text, Cue::voice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("may", Voice.QUOTED),
                        org.assertj.core.groups.Tuple.tuple("probably", Voice.AUTHOR));
    }
}
