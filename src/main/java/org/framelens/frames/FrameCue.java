package org.framelens.frames;

/**
 * One cue that counted towards a frame in a sentence: the evidence behind a frame assignment.
 *
 * @param frame the frame the cue speaks for
 * @param text the words as written in the sentence
 * @param start offset of its first character in the sentence text
 * @param end offset just past its last character
 * @param weight 2 for a strong cue that alone assigns the frame, 1 for a weak cue that needs another
 */
public record FrameCue(Frame frame, String text, int start, int end, int weight) {
}
