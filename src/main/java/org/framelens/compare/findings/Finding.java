package org.framelens.compare.findings;

/**
 * One plain-language observation about the outlets' language, for the report's cover.
 *
 * @param text the sentence a reader sees, with the figures it rests on
 * @param measure the measure it comes from, as headed in the report's tables, so a reader can look it up
 */
public record Finding(String text, String measure) {
}
