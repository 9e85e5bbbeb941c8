package org.framelens.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.framelens.annotate.Sentence;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameFinderTest {

    private static final FrameFinder FINDER = new FrameFinder();

    /** The only sentence of a made-up one-sentence paragraph. */
    private static Sentence sentence(String text) {
        List<Sentence> sentences = Articles.annotated(text).sentences();
        assertThat(sentences).hasSize(1);
        return sentences.get(0);
    }

    /** The frames of a one-sentence paragraph as labels joined by ';', in frame order. */
    private static String frames(String text) {
        return FINDER.frames(sentence(text)).frames().stream().map(Frame::label).collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // conflict: a clash, a rejection, a threat, sides, fighting between sides
        "The two governments clashed over border controls.|conflict",
        "Moscow rejected the proposal on Friday.|conflict",
        "The union threatened a walkout.|conflict",
        "Workers at the plant went on strike over pay.|conflict",
        "Analysts warn of a long stalemate.|conflict",
        // near misses: one weak cue, or a strike that is a deal
        "Troops were sent to the region.|''",
        "The company will strike a deal with its lenders next week.|''",
        "Analysts warn that the talks may take months.|''",
        // human interest: a human face, not a toll
        "A 90-year-old widow sifted through the rubble of her home.|human_interest",
        "Grieving mothers gathered outside the morgue.|human_interest",
        "Three people were killed in the strike.|conflict",
        "'\"We cannot sleep,\" said Olena Kovalenko, 67, whose flat was hit.'|human_interest",
        "Talks resumed in Geneva on Nov. 30, 2025, after a pause.|''",
        // economic: money, prices, sanctions
        "The cost of living has risen sharply this year.|economic",
        "Sanctions have hit Russia's oil revenues.|economic",
        "The plan would cost taxpayers $4 billion.|economic",
        "Inflationary pressure eased in March.|economic",
        // near miss: cost as a verb of loss, not money
        "The talks cost him his job.|''",
        // morality: judgement of right and wrong
        "It was a shameful betrayal of the people who trusted them.|morality",
        "The regime lacks legitimacy.|morality",
        "It is the right thing to do.|morality",
        // near miss: a bare 'should' prescribes nothing moral
        "Both countries should respect the ceasefire.|''",
        // responsibility: blame, calls and pressure to act, deadlines
        "The prime minister was blamed for the collapse of the coalition.|responsibility",
        "Washington urged Kyiv to accept the terms.|responsibility",
        "The White House set a deadline of March 1.|responsibility",
        "Europe must act now.|responsibility",
        // pressure in its political sense is both a call to act and leverage
        "The minister is under pressure to resign.|responsibility;strategy",
        // strategy: the game of the negotiation
        "Putin is simply playing for time.|strategy",
        "Kyiv has made no concessions so far.|strategy",
        "Moscow views the negotiating table as leverage.|strategy",
        "Both sides are using tariffs as a bargaining chip.|conflict;economic;strategy",
        // near misses: the table as a place or a list of topics
        "Delegates met at the table in Geneva on Monday.|''",
        "Several proposals are on the table.|''",
        // other negotiations: trade, labour, climate, ceasefires
        "The European Union threatened retaliatory tariffs on $20 billion of American goods.|conflict;economic",
        "Mediators are pressing both sides to extend the ceasefire.|conflict;responsibility",
        "Management appears to be hoping it can wait out the strike.|conflict;strategy",
        "Small island states accused rich countries of betraying the promises they made in Paris.|conflict;morality",
        "Nurses say they are burned out after months of double shifts.|human_interest",
        "The president has given lawmakers until Friday to approve the budget.|economic;responsibility",
        "Many observers see the offer as a ploy to split the opposition.|strategy",
        "Talks will resume in Cairo next week.|''",
        "The agreement was signed by both foreign ministers at a ceremony in Doha.|''",
    })
    void assignsFramesFromTheirCues(String text, String expected) {
        assertThat(frames(text)).isEqualTo(expected);
    }

    @Test
    void keepsTheMatchedWordsAsEvidenceWithTheirOffsets() {
        Sentence s = sentence("Analysts say Putin is simply playing for time.");
        SentenceFrames found = FINDER.frames(s);
        assertThat(found.frames()).containsExactly(Frame.STRATEGY);
        assertThat(found.cues()).extracting(FrameCue::text).containsExactly("playing for time");
        for (FrameCue cue : found.cues()) {
            assertThat(s.text().substring(cue.start(), cue.end())).isEqualTo(cue.text());
        }
        assertThat(found.sentence()).isEqualTo(s.index());
    }

    @Test
    void aWeakCueNeedsASecondDifferentCue() {
        SentenceFrames one = FINDER.frames(sentence("Troops moved north."));
        SentenceFrames sameKind = FINDER.frames(sentence("Troops and soldiers were sent to the region."));
        SentenceFrames twoKinds = FINDER.frames(sentence("Troops advance as analysts warn of a stalemate."));
        assertThat(one.frames()).isEmpty();
        assertThat(sameKind.frames()).isEmpty();
        assertThat(twoKinds.frames()).containsExactly(Frame.CONFLICT);
        // troops 1 (warfare) + advance 1 (gains) + warn 1 + stalemate 1
        assertThat(twoKinds.score(Frame.CONFLICT)).isEqualTo(4);
    }

    @Test
    void cuesOfFramesBelowTheThresholdAreNotEvidence() {
        SentenceFrames found = FINDER.frames(sentence("Delegates met at the table after the missile strikes."));
        assertThat(found.frames()).containsExactly(Frame.CONFLICT);
        assertThat(found.cues()).allMatch(c -> c.frame() == Frame.CONFLICT);
        assertThat(found.cues(Frame.STRATEGY)).isEmpty();
    }

    @Test
    void wordsInsideProperNamesAreNoCues() {
        assertThat(frames("He is a researcher at the Institute for Strategic Studies in Kyiv.")).isEmpty();
    }

    @Test
    void aCapitalisedCueOpeningAQuotationIsNoName() {
        assertThat(frames("\u201cSanctions are hurting us,\u201d the minister said.")).isEqualTo("economic");
    }

    @Test
    void headlinesInTitleCaseStillCount() {
        assertThat(frames("Putin Threatens Europe as Talks Stall")).isEqualTo("conflict");
    }
}
