package org.framelens.report.pdf;

import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.framelens.compare.Comparison;

/**
 * The document's properties and identity, all derived from the comparison so that the same comparison gives a
 * byte-identical file: title, author, subject, keywords (the outlets), dates fixed to the report date at
 * 00:00 UTC, and a trailer /ID hashed from the content (PDFBox would otherwise derive one from the clock).
 */
final class DocumentIdentity {

    private static final String TOOL = "framelens";

    private DocumentIdentity() {
    }

    /** Sets the properties, language and identifier of the document. */
    static void apply(PDDocument document, Comparison comparison, PaperSize paper, ReportText text, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(text.get("report.label") + ": " + title);
        info.setAuthor(TOOL);
        info.setSubject(text.get("report.subject"));
        info.setKeywords(comparison.outlets().stream()
                .map(p -> p.article().outlet() == null ? "" : p.article().outlet().strip())
                .collect(Collectors.joining(", ")));
        info.setCreator(TOOL);
        info.setProducer(TOOL);
        if (comparison.reportDate() != null) {
            info.setCreationDate(midnightUtc(comparison.reportDate()));
            info.setModificationDate(midnightUtc(comparison.reportDate()));
        }

        document.getDocumentCatalog().setLanguage("en");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);

        // COSWriter keeps a two-element /ID it finds in the trailer and only invents one when it is missing.
        byte[] id = ContentFingerprint.of(comparison, paper);
        COSArray ids = new COSArray();
        ids.add(hex(id));
        ids.add(hex(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static COSString hex(byte[] bytes) {
        COSString string = new COSString(bytes);
        string.setForceHexForm(true);
        return string;
    }

    private static Calendar midnightUtc(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }
}
