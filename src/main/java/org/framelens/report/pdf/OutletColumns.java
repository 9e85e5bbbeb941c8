package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.TextStyle;
import org.framelens.report.pdf.layout.Typesetter;

/**
 * How outlets head the columns of a matrix: by name when every name fits its column in at most
 * {@link #MAX_HEADER_LINES} lines without a word being cut, otherwise by number (1 to N, in report order) with a
 * legend printed above the matrix. The numbers follow the report's order of outlets, so they are the same in
 * every matrix of a page.
 *
 * @param names the outlets' printed names, in report order
 * @param rawNames the outlets' names as the comparison's matrices key them, in report order
 * @param numbered whether columns are headed by number
 */
record OutletColumns(List<String> names, List<String> rawNames, boolean numbered) {

    /** The most lines an outlet's name may take as a column header. */
    static final int MAX_HEADER_LINES = 3;

    OutletColumns {
        names = List.copyOf(names);
        rawNames = List.copyOf(rawNames);
    }

    /** Decides for the comparison's outlets, columns {@code innerWidth} wide, headed in {@code style}. */
    static OutletColumns decide(ReportContext context, float innerWidth, TextStyle style) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> rawNames = new ArrayList<>();
        for (OutletProfile profile : context.comparison().outlets()) {
            names.add(context.outletName(profile));
            rawNames.add(profile.article().outlet());
        }
        boolean numbered = false;
        for (String name : names) {
            if (!fits(context.typesetter(), name, innerWidth, style)) {
                numbered = true;
                break;
            }
        }
        return new OutletColumns(names, rawNames, numbered);
    }

    /** Whether the name, broken into lines of {@code width}, takes few enough lines and cuts no word. */
    private static boolean fits(Typesetter typesetter, String name, float width, TextStyle style) throws IOException {
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && typesetter.line(word, style).width() > width) {
                return false;
            }
        }
        return typesetter.layout(Paragraph.of(name, style, 0f, 0f), width).lines().size() <= MAX_HEADER_LINES;
    }

    /** How many outlets there are. */
    int size() {
        return names.size();
    }

    /** The position in report order of the outlet a matrix names {@code rawName}; -1 if none. */
    int indexOf(String rawName) {
        return rawNames.indexOf(rawName);
    }

    /** The printed name of the outlet a matrix names {@code rawName}, or the raw name if it is not reported. */
    String name(String rawName) {
        int index = indexOf(rawName);
        return index < 0 ? rawName : names.get(index);
    }

    /** What heads the column of the outlet at {@code index}: its name, or its number. */
    String header(int index) {
        return numbered ? number(index) : names.get(index);
    }

    /** The printed number of the outlet at {@code index}: "1" for the first. */
    static String number(int index) {
        return Integer.toString(index + 1);
    }

    /** The column header of the outlet at {@code index}, centred, laid out for the column's inner width. */
    ParagraphLayout headerLayout(Typesetter typesetter, int index, float innerWidth, TextStyle style)
            throws IOException {
        return typesetter.layout(new Paragraph(List.of(new Span(header(index), style)), Align.CENTER, 0f, 0f, 0f),
                innerWidth);
    }
}
