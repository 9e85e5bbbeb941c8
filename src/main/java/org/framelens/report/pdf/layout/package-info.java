/**
 * A small page-layout layer on top of Apache PDFBox: font chains with per-character fallback, text cleaning
 * and Arabic shaping, line breaking by measured width, paragraph flow across pages, tables with repeated
 * headers, bookmarks and page footers. It knows nothing about framelens's measurements; the report package
 * builds its sections from these pieces.
 *
 * <p>Every piece of text goes through {@link org.framelens.report.pdf.layout.Typesetter#layout} exactly once
 * and the result is then placed, so the count of characters that no font could print is exact.
 */
package org.framelens.report.pdf.layout;
