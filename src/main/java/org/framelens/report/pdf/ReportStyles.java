package org.framelens.report.pdf;

import org.framelens.report.pdf.layout.FontFace;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * The report's type styles in one place: serif for reading text, sans for headings, labels and figures;
 * black ink, with grey only for secondary text that is also marked by its words or position. Evidence
 * sentences mark cue words by weight and underline and quoted words by italic, never by colour alone.
 */
record ReportStyles(TextStyle label, TextStyle title, TextStyle meta, TextStyle heading, TextStyle subheading,
                    TextStyle body, TextStyle bodyBold, TextStyle bodyItalic, TextStyle entryName,
                    TextStyle small, TextStyle smallBold, TextStyle reason, TextStyle excerpt,
                    TextStyle tableHeader, TextStyle tableCell, TextStyle footer,
                    TextStyle sentence, TextStyle sentenceCue, TextStyle sentenceQuoted, TextStyle sentenceQuotedCue,
                    TextStyle sentenceNumber, TextStyle voiceNote) {

    /** The styles of the printed handout. */
    static ReportStyles standard() {
        TextStyle body = TextStyle.of(FontFace.SERIF, 11f, 15f);
        TextStyle small = TextStyle.of(FontFace.SANS, 9f, 12.5f);
        TextStyle sentence = TextStyle.of(FontFace.SERIF, 10f, 13.5f);
        return new ReportStyles(
                TextStyle.of(FontFace.SANS_BOLD, 10f, 13f).withGrey(0.35f),
                TextStyle.of(FontFace.SERIF_BOLD, 26f, 31f),
                TextStyle.of(FontFace.SANS, 10f, 13f).withGrey(0.3f),
                TextStyle.of(FontFace.SANS_BOLD, 17f, 22f),
                TextStyle.of(FontFace.SANS_BOLD, 13f, 17f),
                body,
                body.withFace(FontFace.SERIF_BOLD),
                body.withFace(FontFace.SERIF_ITALIC),
                TextStyle.of(FontFace.SERIF_BOLD, 12f, 16f),
                small,
                small.withFace(FontFace.SANS_BOLD),
                TextStyle.of(FontFace.SANS_BOLD, 9.5f, 13f),
                TextStyle.of(FontFace.SERIF, 10f, 13.5f),
                TextStyle.of(FontFace.SANS_BOLD, 8.5f, 10.5f),
                TextStyle.of(FontFace.SANS, 9.5f, 12f),
                TextStyle.of(FontFace.SANS, 8f, 10f).withGrey(0.3f),
                sentence,
                sentence.withFace(FontFace.SERIF_BOLD).underlined(),
                sentence.withFace(FontFace.SERIF_ITALIC),
                sentence.withFace(FontFace.SERIF_BOLD_ITALIC).underlined(),
                TextStyle.of(FontFace.SANS_BOLD, 8.5f, 13.5f),
                TextStyle.of(FontFace.SANS, 8.5f, 13.5f).withoutBreaks());
    }
}
