package org.framelens.sources;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named speaker split for comparison: given name, surname (the last word) and any suffix, each folded to
 * plain lower-case letters so that "Pútin" and "Putin" or "Zelenskyy’s" and "Zelenskyy" compare equal.
 *
 * @param written the name as the article gives it
 * @param given the first capitalised word before the surname, folded, or null ("Putin", "von der Leyen")
 * @param surname the last word, folded
 * @param suffix a generation suffix after the surname ("jr"), or empty
 */
record SpeakerName(String written, String given, String surname, String suffix) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern NOT_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}-]");

    /** Splits a written name, skipping lower-case joiners ("the", "von") when looking for a given name. */
    static SpeakerName parse(String written, Set<String> joiners, Set<String> suffixes) {
        List<String> words = new ArrayList<>(List.of(written.strip().split("\\s+")));
        String suffix = "";
        if (words.size() > 1 && suffixes.contains(fold(words.get(words.size() - 1)))) {
            suffix = fold(words.remove(words.size() - 1));
        }
        String surname = fold(words.get(words.size() - 1));
        String given = null;
        for (int i = 0; i < words.size() - 1 && given == null; i++) {
            String word = words.get(i);
            if (NamedSourceRule.capitalised(word) && !joiners.contains(word.toLowerCase(Locale.ROOT))) {
                given = fold(word);
            }
        }
        return new SpeakerName(written, given, surname, suffix);
    }

    /** Whether the name has a given name, i.e. is a full form rather than a surname alone. */
    boolean full() {
        return given != null;
    }

    /** A word in lower case without accents, possessive ending or punctuation other than hyphens. */
    static String fold(String word) {
        String plain = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        String lower = POSSESSIVE.matcher(plain.toLowerCase(Locale.ROOT)).replaceFirst("");
        return NOT_NAME_CHARACTER.matcher(lower).replaceAll("");
    }
}
