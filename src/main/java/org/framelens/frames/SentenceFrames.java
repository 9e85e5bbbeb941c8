package org.framelens.frames;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frames one sentence uses, with the score and the cues behind each.
 *
 * @param sentence index of the sentence in its article
 * @param frames the frames whose cues reached the threshold, in {@link Frame} order; empty for none
 * @param scores each assigned frame's score (weights of its distinct cues added up)
 * @param cues the cues of the assigned frames, in text order
 */
public record SentenceFrames(int sentence, Set<Frame> frames, Map<Frame, Integer> scores, List<FrameCue> cues) {

    public SentenceFrames {
        frames = frames.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(frames));
        scores = scores.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(scores));
        cues = List.copyOf(cues);
    }

    /** Whether the sentence uses the frame. */
    public boolean has(Frame frame) {
        return frames.contains(frame);
    }

    /** The score of a frame, 0 when the sentence does not use it. */
    public int score(Frame frame) {
        return scores.getOrDefault(frame, 0);
    }

    /** The cues behind one frame, in text order. */
    public List<FrameCue> cues(Frame frame) {
        return cues.stream().filter(c -> c.frame() == frame).toList();
    }
}
