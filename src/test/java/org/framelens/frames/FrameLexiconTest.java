package org.framelens.frames;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameLexiconTest {

    @Test
    void everyFrameHasStrongAndWeakCuesAndWeightsStayInRange() {
        FrameLexicon lexicon = FrameLexicon.load();
        for (Frame frame : Frame.values()) {
            assertThat(lexicon.entries(frame)).as(frame.label()).extracting(CueEntry::weight)
                    .contains(1, 2).allMatch(w -> w >= 0 && w <= FrameFinder.THRESHOLD);
        }
    }

    @Test
    void longerEntriesAreTriedFirst() {
        FrameLexicon lexicon = FrameLexicon.load();
        for (Frame frame : Frame.values()) {
            assertThat(lexicon.entries(frame)).extracting(e -> -e.words().size()).isSorted();
        }
    }

    @Test
    void labelsRoundTrip() {
        for (Frame frame : Frame.values()) {
            assertThat(Frame.byLabel(frame.label())).isEqualTo(frame);
        }
        assertThat(Frame.HUMAN_INTEREST.label()).isEqualTo("human_interest");
    }
}
