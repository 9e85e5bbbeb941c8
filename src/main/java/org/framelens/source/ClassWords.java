package org.framelens.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a CSS class or element id into lower-case words at hyphens, underscores, other punctuation and
 * lower-to-upper case changes: {@code "comments-area"}, {@code "commentsArea"} and {@code "comments_area"} all
 * give {@code [comments, area]}. Matching whole words keeps {@code "ad"} from firing on {@code "adapted"}.
 */
final class ClassWords {

    private ClassWords() {
    }

    /** The words of one class name or id, in order. */
    static List<String> of(String token) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
            } else {
                if (Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
                    flush(word, words);
                }
                word.append(c);
            }
            previous = c;
        }
        flush(word, words);
        return words;
    }

    /** Whether {@code marker}'s words occur one after another among {@code words}. */
    static boolean contains(List<String> words, List<String> marker) {
        for (int start = 0; start + marker.size() <= words.size(); start++) {
            if (words.subList(start, start + marker.size()).equals(marker)) {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
