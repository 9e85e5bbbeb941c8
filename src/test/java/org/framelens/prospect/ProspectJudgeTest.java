package org.framelens.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framelens.annotate.Sentence;
import org.framelens.subject.Subject;
import org.framelens.subject.SubjectMatcher;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProspectJudgeTest {

    private static final ProspectJudge JUDGE = new ProspectJudge();
    private static final SubjectMatcher SUBJECT = new SubjectMatcher(
            new Subject(List.of("peace plan", "plan", "talks", "deal", "ceasefire"), List.of(), true));

    private static SentenceProspect judge(String text) {
        Sentence sentence = Articles.annotated(text).sentences().get(0);
        return JUDGE.judge(sentence, SUBJECT, JUDGE.onTopic(sentence, SUBJECT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"We are approaching a deal,\" Trump said.|optimistic",
        "Negotiators said the talks had stalled.|pessimistic",
        "But certainly not a breakthrough or any real agreements.|pessimistic",
        "There is no indication that Russia will accept any proposal.|pessimistic",
        "The plan is unlikely to end the war.|pessimistic",
        "A ceasefire could be achievable within weeks, diplomats said.|optimistic",
        "The talks were difficult but productive.|optimistic",
        "The proposal was welcomed, but key hurdles remain in the talks.|pessimistic",
        "If no progress is seen within two weeks, the U.S. may act, according to the plan.|neutral",
        "The delegations will meet again in Geneva on Monday to discuss the plan.|neutral",
        "Russia has been making slow but steady advances in the east.|none",
        "The Russian economy is suffering, but it is not yet a collapse.|none",
        "Russian officials did not reject the plan.|optimistic",
        "The revised draft would not have been accepted by Moscow, according to the talks' critics.|pessimistic",
        "Officials expressed optimism about the talks, but optimism had cooled by Friday.|pessimistic",
        "Nothing is agreed in the talks yet.|pessimistic",
        "Without the safeguard clause, the deal is probably dead.|pessimistic",
        "Mediators worked through the night to avert a collapse of the talks.|optimistic",
    })
    void weighsCuesAsACarefulReaderDoes(String text, String expected) {
        assertThat(judge(text).prospect().label()).isEqualTo(expected);
    }

    @Test
    void aHopefulWordInScareQuotesDoesNotCount() {
        SentenceProspect p = judge("The Kremlin dropped the usual clichés about a “constructive” meeting on the plan.");
        assertThat(p.prospect()).isEqualTo(Prospect.NEUTRAL);
        assertThat(p.cues()).extracting(ProspectCue::weight).containsExactly(0.0);
    }

    @Test
    void keepsTheCuesAndWhetherTheyWereQuoted() {
        SentenceProspect p = judge("Trump acknowledged the talks are not easy but added, “We are approaching a deal.”");
        assertThat(p.prospect()).isEqualTo(Prospect.OPTIMISTIC);
        assertThat(p.quoted()).isTrue();
        assertThat(p.cues()).extracting(ProspectCue::text).contains("approaching a deal");
        Sentence s = Articles.annotated("Trump acknowledged the talks are not easy but added, “We are approaching a deal.”")
                .sentences().get(0);
        for (ProspectCue cue : p.cues()) {
            assertThat(s.text().substring(cue.start(), cue.end())).isEqualTo(cue.text());
        }
    }

    @Test
    void ordinaryCuesNeedAParagraphAboutNegotiating() {
        assertThat(judge("Ukraine made progress on the battlefield this week.").prospect()).isEqualTo(Prospect.NONE);
        assertThat(judge("Ukraine made progress in the talks this week.").prospect()).isEqualTo(Prospect.OPTIMISTIC);
    }
}
