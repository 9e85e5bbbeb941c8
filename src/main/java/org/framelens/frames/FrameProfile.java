package org.framelens.frames;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one outlet's article uses each frame: the share of its sentences in the frame and the sentences that
 * show it most clearly.
 *
 * @param counts per frame, the number of sentences using it (every frame present, 0 when unused)
 * @param shares per frame, sentences using it divided by all sentences, 0 to 1 (0 for an empty article)
 * @param examples per frame, up to {@link #EXAMPLES} sentence indices, strongest score first, earlier first on ties
 * @param sentences the frames of every sentence, in article order
 */
public record FrameProfile(Map<Frame, Integer> counts, Map<Frame, Double> shares, Map<Frame, List<Integer>> examples,
                           List<SentenceFrames> sentences) {

    /** How many example sentences a profile keeps per frame. */
    public static final int EXAMPLES = 3;

    public FrameProfile {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        shares = Collections.unmodifiableMap(new EnumMap<>(shares));
        EnumMap<Frame, List<Integer>> copied = new EnumMap<>(Frame.class);
        examples.forEach((frame, list) -> copied.put(frame, List.copyOf(list)));
        examples = Collections.unmodifiableMap(copied);
        sentences = List.copyOf(sentences);
    }

    /** The profile of an article from the frames of its sentences. */
    public static FrameProfile of(List<SentenceFrames> sentences) {
        Map<Frame, Integer> counts = new EnumMap<>(Frame.class);
        Map<Frame, Double> shares = new EnumMap<>(Frame.class);
        Map<Frame, List<Integer>> examples = new EnumMap<>(Frame.class);
        for (Frame frame : Frame.values()) {
            List<SentenceFrames> using = new ArrayList<>(sentences.stream().filter(s -> s.has(frame)).toList());
            counts.put(frame, using.size());
            shares.put(frame, sentences.isEmpty() ? 0.0 : (double) using.size() / sentences.size());
            using.sort(Comparator.comparingInt((SentenceFrames s) -> s.score(frame)).reversed()
                    .thenComparingInt(SentenceFrames::sentence));
            examples.put(frame, using.stream().limit(EXAMPLES).map(SentenceFrames::sentence).toList());
        }
        return new FrameProfile(counts, shares, examples, sentences);
    }

    /** The share of sentences using a frame, 0 to 1. */
    public double share(Frame frame) {
        return shares.get(frame);
    }
}
