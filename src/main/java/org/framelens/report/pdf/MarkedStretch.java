package org.framelens.report.pdf;

/**
 * A stretch of a sentence that is printed in one way: whether it is a counted cue word, and whether it lies
 * inside quotation marks.
 *
 * @param start offset of its first character in the sentence text
 * @param end offset just past its last character
 * @param cue whether it is part of a cue being shown (printed bold and underlined)
 * @param quoted whether it lies inside a quoted stretch (printed in italic)
 */
record MarkedStretch(int start, int end, boolean cue, boolean quoted) {

    /** Its characters in the sentence text. */
    String text(String sentence) {
        return sentence.substring(start, end);
    }
}
