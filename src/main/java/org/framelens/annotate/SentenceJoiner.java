package org.framelens.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.framelens.lexicon.WordList;

/**
 * Undoes sentence splits the model makes after an abbreviation ("On November 25, U.S. | President Donald
 * Trump ...": a title such as President rarely opens a sentence after one) or
 * before a word in lower case ("at 6 a.m. | on Thursday"), so that a sentence a reader sees as one is
 * counted and quoted as one.
 */
final class SentenceJoiner {

    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}$");
    private static final int SHORT_PIECE_WORDS = 3;

    private final Set<String> abbreviations;
    private final Set<String> titleWords;

    SentenceJoiner() {
        this.abbreviations = WordList.set(SentenceJoiner.class, "abbreviations.txt");
        this.titleWords = WordList.set(SentenceJoiner.class, "title-words.txt");
    }

    /** The sentence spans of {@code text} with wrong splits after abbreviations merged. */
    List<Span> join(String text, Span[] detected) {
        List<Span> joined = new ArrayList<>();
        for (Span span : detected) {
            Span trimmed = span.trim(text);
            if (trimmed.length() == 0) {
                continue;
            }
            if (!joined.isEmpty() && belongsToPrevious(text, joined.get(joined.size() - 1), trimmed)) {
                Span previous = joined.remove(joined.size() - 1);
                joined.add(new Span(previous.getStart(), trimmed.getEnd()));
            } else {
                joined.add(trimmed);
            }
        }
        return joined;
    }

    private boolean belongsToPrevious(String text, Span previous, Span next) {
        if (Character.isLowerCase(text.charAt(next.getStart()))) {
            return true;
        }
        String before = text.substring(previous.getStart(), previous.getEnd());
        String lastWord = before.substring(before.lastIndexOf(' ') + 1);
        boolean abbreviation = INITIALISM.matcher(lastWord).find()
                || abbreviations.contains(lastWord.toLowerCase(Locale.ROOT));
        if (!abbreviation) {
            return false;
        }
        char first = text.charAt(next.getStart());
        boolean continues = Character.isLowerCase(first) || Character.isDigit(first);
        String nextWord = text.substring(next.getStart(), next.getEnd()).split("[\\s,]+", 2)[0];
        boolean titleFollows = titleWords.contains(nextWord.toLowerCase(Locale.ROOT));
        return continues || titleFollows || before.split("\\s+").length <= SHORT_PIECE_WORDS;
    }
}
