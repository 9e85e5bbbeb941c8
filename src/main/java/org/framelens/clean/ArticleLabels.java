package org.framelens.clean;

import java.util.Arrays;
import java.util.List;

/** Fills in the outlet and title an article must always have when the metadata does not give them. */
final class ArticleLabels {

    /** Titles taken from the first paragraph are cut to this many words. */
    static final int TITLE_WORDS = 15;
    static final String UNKNOWN_OUTLET = "Unknown outlet";
    static final String NO_TITLE = "Untitled";

    private ArticleLabels() {
    }

    /** The outlet named by the file: its name without folders and extension ("input/my-paper.txt" gives "my-paper"). */
    static String outletFromFile(String file) {
        if (file == null || file.isBlank()) {
            return UNKNOWN_OUTLET;
        }
        String name = file.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return name.isBlank() ? UNKNOWN_OUTLET : name;
    }

    /** A title from the article's first paragraph, cut to its first fifteen words and "…" when longer. */
    static String titleFromParagraphs(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return NO_TITLE;
        }
        String first = paragraphs.get(0).strip();
        String[] words = first.split("\\s+");
        if (words.length <= TITLE_WORDS) {
            return first;
        }
        String cut = String.join(" ", Arrays.copyOf(words, TITLE_WORDS));
        return cut.replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }
}
