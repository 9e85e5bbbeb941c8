package org.framelens.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.testing.Articles;
import org.junit.jupiter.api.Test;

class FrameProfileTest {

    private static SentenceFrames sentence(int index, Map<Frame, Integer> scores) {
        return new SentenceFrames(index, scores.keySet(), scores, List.of());
    }

    @Test
    void sharesAreSentencesWithTheFrameOverAllSentences() {
        FrameProfile profile = FrameProfile.of(List.of(
                sentence(0, Map.of(Frame.CONFLICT, 2)),
                sentence(1, Map.of(Frame.CONFLICT, 4, Frame.STRATEGY, 2)),
                sentence(2, Map.of()),
                sentence(3, Map.of(Frame.ECONOMIC, 2)),
                sentence(4, Map.of(Frame.CONFLICT, 2))));
        assertThat(profile.share(Frame.CONFLICT)).isCloseTo(0.6, within(1e-9));
        assertThat(profile.share(Frame.STRATEGY)).isCloseTo(0.2, within(1e-9));
        assertThat(profile.share(Frame.ECONOMIC)).isCloseTo(0.2, within(1e-9));
        assertThat(profile.share(Frame.MORALITY)).isZero();
        assertThat(profile.counts()).containsEntry(Frame.CONFLICT, 3).containsEntry(Frame.MORALITY, 0);
        assertThat(profile.shares()).containsOnlyKeys(Frame.values());
    }

    @Test
    void examplesAreTheStrongestSentencesFirstAtMostThree() {
        FrameProfile profile = FrameProfile.of(List.of(
                sentence(0, Map.of(Frame.CONFLICT, 2)),
                sentence(1, Map.of(Frame.CONFLICT, 5)),
                sentence(2, Map.of(Frame.CONFLICT, 2)),
                sentence(3, Map.of(Frame.CONFLICT, 3)),
                sentence(4, Map.of(Frame.HUMAN_INTEREST, 2))));
        assertThat(profile.examples().get(Frame.CONFLICT)).containsExactly(1, 3, 0);
        assertThat(profile.examples().get(Frame.HUMAN_INTEREST)).containsExactly(4);
        assertThat(profile.examples().get(Frame.MORALITY)).isEmpty();
    }

    @Test
    void anEmptyArticleHasNoShares() {
        FrameProfile profile = FrameProfile.of(List.of());
        assertThat(profile.shares().values()).containsOnly(0.0);
        assertThat(profile.sentences()).isEmpty();
    }

    @Test
    void profilesAMadeUpArticleSentenceBySentence() {
        FrameProfile profile = new FrameFinder().profile(Articles.annotated(
                "Moscow rejected the proposal. Putin is simply playing for time.",
                "The talks resumed on Monday. Sanctions have hit Russia's oil revenues."));
        assertThat(profile.sentences()).extracting(SentenceFrames::frames).containsExactly(
                Set.of(Frame.CONFLICT), Set.of(Frame.STRATEGY), Set.of(), Set.of(Frame.ECONOMIC));
        assertThat(profile.share(Frame.CONFLICT)).isCloseTo(0.25, within(1e-9));
        assertThat(profile.share(Frame.STRATEGY)).isCloseTo(0.25, within(1e-9));
        assertThat(profile.share(Frame.ECONOMIC)).isCloseTo(0.25, within(1e-9));
        assertThat(profile.examples().get(Frame.ECONOMIC)).containsExactly(3);
    }
}
