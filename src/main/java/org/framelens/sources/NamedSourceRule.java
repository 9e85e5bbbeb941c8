package org.framelens.sources;

import java.util.Locale;
import java.util.Set;
import org.framelens.lexicon.WordList;

/**
 * Tells a named source from an unnamed one by how the attribution is written: a proper name is made of
 * capitalised words ("Sergey Lavrov", "the Kremlin", "Institute for the Study of War"); a description rests on
 * a common noun ("analysts", "Ukrainian officials", "a source familiar with the talks").
 *
 * <p>The annotator already writes a description that opened a sentence in lower case; the list of
 * anonymous nouns catches the lone capitalised "Officials" or "Analysts" it may have left.
 */
final class NamedSourceRule {

    private final Set<String> anonymousNouns;
    private final Set<String> joiners;

    NamedSourceRule() {
        this.anonymousNouns = WordList.set(NamedSourceRule.class, "anonymous-nouns.txt");
        this.joiners = WordList.set(NamedSourceRule.class, "name-joiners.txt");
    }

    /** Whether the speaker as attributed is a proper name rather than a description. */
    boolean isNamed(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        String last = words[words.length - 1];
        if (!capitalised(last)) {
            return false;
        }
        if (words.length == 1) {
            return !anonymousNouns.contains(SpeakerName.fold(last));
        }
        for (String word : words) {
            if (!capitalised(word) && !joiners.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case words allowed inside a name; shared with name parsing. */
    Set<String> joiners() {
        return joiners;
    }

    /** Whether the word, or a part of it after a hyphen ("al-Ansari"), begins with a capital or a digit. */
    static boolean capitalised(String word) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && (Character.isUpperCase(part.codePointAt(0)) || Character.isDigit(part.codePointAt(0)))) {
                return true;
            }
        }
        return false;
    }
}
