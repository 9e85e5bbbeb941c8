package org.framelens.measure;

import org.framelens.annotate.Voice;

/**
 * One occurrence of a cue in a sentence: the evidence behind every count.
 *
 * @param category what kind of cue it is
 * @param text the words as written
 * @param sentence index of the sentence it occurs in
 * @param start offset of its first character in that sentence's text
 * @param end offset just past its last character
 * @param voice AUTHOR when the outlet says it, QUOTED when it lies inside someone's quoted words
 */
public record Cue(CueCategory category, String text, int sentence, int start, int end, Voice voice) {
}
