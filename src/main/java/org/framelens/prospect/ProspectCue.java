package org.framelens.prospect;

/**
 * A word or phrase that moved a sentence's prospect, as evidence.
 *
 * @param text the words as written
 * @param start offset of the first character in the sentence text
 * @param end offset just past the last character
 * @param direction +1 towards optimistic, -1 towards pessimistic, after any negation
 * @param weight how much it counted, after contrast, concession and condition
 * @param negated whether a negation before it turned it round ("not a breakthrough")
 * @param quoted whether it lies inside quotation marks
 */
public record ProspectCue(String text, int start, int end, int direction, double weight, boolean negated,
                          boolean quoted) {
}
