package org.framelens.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a paragraph that lie inside quotation marks.
 *
 * <p>Handles straight and curly double quotes, curly single quotes used as quotation marks (told apart from
 * apostrophes by what surrounds them), and a quotation left open at the end of a paragraph, which by
 * newspaper convention runs on to the paragraph's end.
 */
public final class QuoteSpans {

    /** A quoted stretch: {@code start} is the first character after the opening mark, {@code end} the closing mark. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private QuoteSpans() {
    }

    /** The quoted spans of {@code text}, in order and not overlapping. */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“' || c == '„' || c == '«') {
                    open = i + 1;
                    closer = c == '«' ? '»' : '”';
                } else if (c == '"' && opensAt(text, i)) {
                    open = i + 1;
                    closer = '"';
                } else if (c == '‘' && opensAt(text, i) && hasSingleCloser(text, i + 1)) {
                    open = i + 1;
                    closer = '’';
                }
            } else if (c == closer && (closer != '’' || closesAt(text, i))
                    || closer == '"' && c == '”' || closer == '”' && c == '"' && closesAt(text, i)) {
                spans.add(new Span(open, i));
                open = -1;
            }
        }
        if (open >= 0 && open < text.length()) {
            spans.add(new Span(open, text.length()));
        }
        return spans;
    }

    private static boolean opensAt(String text, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean closesAt(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Whether a single closing quote (not an apostrophe inside a word) follows within the paragraph. */
    private static boolean hasSingleCloser(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '’' && closesAt(text, i) && i > from) {
                return true;
            }
        }
        return false;
    }
}
