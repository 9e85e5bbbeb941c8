package org.framelens.article;

/** A block of page text kept out of the analysis, with the reason it is not the outlet's article. */
public record Removal(String reason, String text) {
}
