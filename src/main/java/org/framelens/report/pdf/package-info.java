/**
 * The printed PDF report: {@link org.framelens.report.pdf.PdfReportWriter} turns a
 * {@link org.framelens.compare.Comparison} into a black-and-white handout, one {@link ReportSection} after
 * another, set with the page-layout layer in {@code org.framelens.report.pdf.layout} and written as PDF/A-2b
 * (XMP metadata and an sRGB output intent) so archives can keep it. The wording lives in
 * {@code report-text.properties} beside these classes.
 */
package org.framelens.report.pdf;
