/**
 * A small page-layout layer on top of Apache PDFBox: font chains with per-character fallback, text cleaning
 * and Arabic shaping, line breaking by measured width (with text that may be kept on one line),
 * underlining, paragraph flow across pages with headings repeated on continuation pages, tables with repeated
 * headers, bookmarks and page footers. It knows nothing about framelens's measurements; the report package
 * builds its sections from these pieces.
 *
 * <p>Every piece of text goes through {@link org.framelens.report.pdf.layout.Typesetter#layout} exactly once
 * and the result is then placed (a repeated heading is laid out afresh for each page it is printed on), so the
 * count of characters that no font could print is exact.
 */
package org.framelens.report.pdf.layout;
