package org.framelens.report.pdf;

/**
 * A speaker an article attributes words to, and in how many of its sentences.
 *
 * @param name the speaker as the annotator named them
 * @param sentences number of sentences attributed to them
 */
record SpeakerCount(String name, int sentences) {
}
