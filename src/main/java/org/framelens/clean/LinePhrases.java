package org.framelens.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A phrase list matched against whole lines in {@link LineShape#key} form; entries ending in '*' match line
 * starts, and what comes just before the '*' counts ("tags: *" needs the colon and a space, "more from *" a space).
 */
final class LinePhrases {

    private final Set<String> whole;
    private final List<String> starts;

    /** Builds the matcher from a loaded list. */
    LinePhrases(PhraseList list) {
        Set<String> wholeEntries = new HashSet<>();
        List<String> startEntries = new ArrayList<>();
        for (String entry : list.entries()) {
            if (entry.endsWith("*")) {
                startEntries.add(LineShape.keyStart(entry.substring(0, entry.length() - 1)));
            } else {
                wholeEntries.add(LineShape.key(entry));
            }
        }
        this.whole = Set.copyOf(wholeEntries);
        this.starts = List.copyOf(startEntries);
    }

    /** Whether the text is one of the whole phrases (the '*' entries aside). */
    boolean matchesWhole(String text) {
        return whole.contains(LineShape.key(text));
    }

    /** Whether the line is one of the phrases, or starts with one of the '*' phrases. */
    boolean matches(String line) {
        String key = LineShape.key(line);
        if (key.isEmpty()) {
            return false;
        }
        if (whole.contains(key)) {
            return true;
        }
        for (String start : starts) {
            if (!start.isEmpty() && key.startsWith(start)) {
                return true;
            }
        }
        return false;
    }
}
