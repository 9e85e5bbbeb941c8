package org.framelens.report.pdf;

/**
 * A hedge or booster word as an outlet wrote it, in lower case, and how often the outlet used it.
 *
 * @param word the cue's words in lower case ("may", "in general")
 * @param count how many times it was counted
 * @param quoted how many of those lie inside quotation marks
 */
record CueWordCount(String word, int count, int quoted) {
}
