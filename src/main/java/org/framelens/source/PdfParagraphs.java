package org.framelens.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.framelens.article.Removal;

/**
 * Rebuilds paragraphs from the lines a PDF's text comes out in: lines of one paragraph are joined, words hyphenated
 * across a line break are made whole again, and a new paragraph starts where the text extractor saw one, after a
 * blank line, or after a line that is clearly shorter than a full line and ends a sentence (or is followed by a
 * capital, as after a headline). A paragraph may run on across a page break; a page number standing alone at the
 * top or bottom of a page is left out and recorded.
 */
final class PdfParagraphs {

    /** Put by the text extractor at the start of each page. */
    static final char PAGE_MARK = '\uE000';

    /** Put by the text extractor at the start of a line where it sees a new paragraph begin. */
    static final char PARAGRAPH_MARK = '\uE001';

    /** The reason recorded for a page number left out of the text. */
    static final String PAGE_NUMBER = "page number";

    /** A line shorter than this share of a typical full line may end its paragraph. */
    private static final double SHORT_LINE = 0.7;

    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
            "(?i)(?:page\\s+)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:/|of)\\s*\\d{1,4})?");

    /** One non-blank line of the PDF's text, or a blank line. */
    private record Line(String text, boolean paragraphStart, boolean pageStart) {

        /** Whether the line has no text. */
        boolean isBlank() {
            return text.isEmpty();
        }
    }

    private PdfParagraphs() {
    }

    /** The paragraphs of the extracted text, each on one line, in reading order. */
    static PdfText rebuild(String text) {
        List<Removal> removed = new ArrayList<>();
        List<Line> lines = lines(text, removed);
        double typical = typicalLength(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String previous = null;
        for (Line line : lines) {
            if (line.isBlank()) {
                end(paragraph, paragraphs);
                previous = null;
                continue;
            }
            boolean breakBefore = line.pageStart()
                    ? endsParagraph(previous, line.text(), typical)
                    : line.paragraphStart() || endsParagraph(previous, line.text(), typical);
            if (previous != null && breakBefore) {
                end(paragraph, paragraphs);
            }
            join(paragraph, line.text());
            previous = line.text();
        }
        end(paragraph, paragraphs);
        return new PdfText(paragraphs, removed);
    }

    /** The text's lines page by page, without page numbers standing alone at a page's top or bottom. */
    private static List<Line> lines(String text, List<Removal> removed) {
        List<Line> all = new ArrayList<>();
        boolean firstPage = true;
        for (String page : text.split(String.valueOf(PAGE_MARK), -1)) {
            List<Line> lines = new ArrayList<>();
            for (String raw : TextLines.split(page)) {
                boolean marked = raw.indexOf(PARAGRAPH_MARK) >= 0;
                lines.add(new Line(BlockText.normalise(raw.replace(PARAGRAPH_MARK, ' ')), marked, false));
            }
            List<Removal> pageNumbers = new ArrayList<>();
            dropPageNumber(lines, firstNonBlank(lines), pageNumbers);
            dropPageNumber(lines, lastNonBlank(lines), pageNumbers);
            removed.addAll(pageNumbers);
            int first = firstNonBlank(lines);
            if (first >= 0 && !firstPage) {
                Line line = lines.get(first);
                lines.set(first, new Line(line.text(), line.paragraphStart(), true));
            }
            if (first >= 0) {
                firstPage = false;
            }
            all.addAll(lines);
        }
        return all;
    }

    private static void dropPageNumber(List<Line> lines, int index, List<Removal> removed) {
        if (index >= 0 && PAGE_NUMBER_LINE.matcher(lines.get(index).text()).matches()) {
            removed.add(new Removal(PAGE_NUMBER, lines.remove(index).text()));
        }
    }

    private static int firstNonBlank(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The length of a full line: the upper quartile of the lengths of the non-blank lines. */
    private static double typicalLength(List<Line> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isBlank()) {
                lengths.add(line.text().length());
            }
        }
        if (lengths.isEmpty()) {
            return 0;
        }
        lengths.sort(null);
        return lengths.get((lengths.size() * 3) / 4);
    }

    private static boolean endsParagraph(String line, String next, double typical) {
        if (line == null) {
            return false;
        }
        boolean shortLine = line.length() < typical * SHORT_LINE;
        return shortLine && (endsSentence(line) || startsCapitalised(next));
    }

    private static boolean endsSentence(String line) {
        int end = line.length() - 1;
        while (end > 0 && "\"'”’)]".indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        return ".!?:".indexOf(line.charAt(end)) >= 0;
    }

    private static boolean startsCapitalised(String line) {
        int first = line.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'".indexOf(first) >= 0;
    }

    /** Adds a line to a paragraph, mending a word hyphenated across the line break. */
    private static void join(StringBuilder paragraph, String line) {
        int length = paragraph.length();
        if (length == 0) {
            paragraph.append(line);
            return;
        }
        char last = paragraph.charAt(length - 1);
        char beforeLast = length > 1 ? paragraph.charAt(length - 2) : ' ';
        if (last == '\u00AD') {
            paragraph.setLength(length - 1);
            paragraph.append(line);
        } else if (last == '-' && Character.isLetter(beforeLast) && Character.isLowerCase(line.codePointAt(0))) {
            paragraph.setLength(length - 1);
            paragraph.append(line);
        } else if (last == '-' && !Character.isWhitespace(beforeLast)) {
            paragraph.append(line);
        } else {
            paragraph.append(' ').append(line);
        }
    }

    private static void end(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
