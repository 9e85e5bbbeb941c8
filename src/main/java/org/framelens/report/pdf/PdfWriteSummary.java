package org.framelens.report.pdf;

/**
 * What writing one PDF produced, for the command line to report.
 *
 * @param pages number of pages in the PDF
 * @param replacedCharacters characters (counted per code point, per printed occurrence) that no bundled font
 *     could print and were shown as a white square instead, e.g. Chinese characters or emoji; bookmarks and
 *     document properties are not counted, as they are not set in the report's fonts
 */
public record PdfWriteSummary(int pages, int replacedCharacters) {
}
