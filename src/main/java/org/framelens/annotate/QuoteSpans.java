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
                } else if (c == '‘' && opensAt(text, i)) {
                    int close = singleCloser(text, i + 1);
                    if (close > i + 1) {
                        spans.add(new Span(i + 1, close));
                        i = close;
                    }
                }
            } else if (c == closer
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

    /**
     * Where the single quotation opened before {@code from} closes, or -1: a ’ not followed by a letter,
     * before the next opening ‘. Of several, the first that stands by punctuation ("on,’" "prices.’") wins
     * over an apostrophe that ends a word ("drivers’ pay").
     */
    private static int singleCloser(String text, int from) {
        int weak = -1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '‘' && opensAt(text, i)) {
                break;
            }
            if (c == '’' && i > from && closesAt(text, i)) {
                boolean byPunctuation = ".,!?;:…".indexOf(text.charAt(i - 1)) >= 0
                        || i + 1 >= text.length() || ".,!?;:…".indexOf(text.charAt(i + 1)) >= 0;
                if (byPunctuation) {
                    return i;
                }
                if (weak < 0) {
                    weak = i;
                }
            }
        }
        return weak;
    }
}
