package org.framelens.report.pdf;

import org.framelens.report.pdf.layout.PrintableText;

/**
 * A removed block's text as printed: whole when short, otherwise its first 600 or so characters, cut at a
 * space where one is near, followed by how many characters were left out.
 */
final class RemovedTextExcerpt {

    /** Longest excerpt printed, in characters (code points). */
    static final int LIMIT = 600;
    private static final int SEARCH_BACK = 120;

    private RemovedTextExcerpt() {
    }

    /** The text to print for a removed block. */
    static String of(String raw, ReportText text, FigureFormat figures) {
        String clean = String.join("\n", raw.lines().map(line -> PrintableText.clean(line).strip())
                .filter(line -> !line.isEmpty()).toList());
        int total = clean.codePointCount(0, clean.length());
        if (total <= LIMIT) {
            return clean;
        }
        int cut = clean.offsetByCodePoints(0, LIMIT);
        int space = Math.max(clean.lastIndexOf(' ', cut), clean.lastIndexOf('\n', cut));
        if (space > 0 && clean.codePointCount(space, cut) <= SEARCH_BACK) {
            cut = space;
        }
        String kept = clean.substring(0, cut).stripTrailing();
        int omitted = total - kept.codePointCount(0, kept.length());
        String more = omitted == 1 ? text.get("removed.more.one") : text.format("removed.more", figures.count(omitted));
        return kept + " " + more;
    }
}
