package org.framelens.sources;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether two spellings of a name are one person's: transliteration variants ("Zelensky" /
 * "Zelenskyy", "Yuri" / "Yury", "Sergey" / "Sergei", "Witkoff" / "Witkov") but not different people with
 * similar names ("Ushakov" / "Usyk", "Rubio" / "Rubin", "Lavrov" / "Lavrova", "Zelensky" / "Zelenska").
 *
 * <p>Two folded spellings match when equal, or when all of these hold:
 * <ul>
 *   <li>Jaro-Winkler similarity at least {@link #SURNAME_SIMILARITY} (surnames) or
 *       {@link #GIVEN_NAME_SIMILARITY} (given names). The true variants seen in news transliteration score
 *       0.91 (witkoff/witkov) to 0.98 (zelensky/zelenskyy) as surnames and 0.88 (yuri/yury) as given names,
 *       whose shortness costs similarity; different names such as ushakov/usyk (0.78), kushner/kuchma (0.64)
 *       and medvedev/medvedchuk (0.87) fall below.</li>
 *   <li>Levenshtein distance at most {@link #MAX_EDITS}: a transliteration changes a letter or two, not a
 *       syllable.</li>
 *   <li>The same consonant outline: vowels and y dropped, w and f read as v, x as ks, doubled letters
 *       single. Transliteration mostly moves vowels and semivowels; a changed consonant makes another name
 *       (rubio/rubin, carney/carey, johnson/johnston, mathers/masters all score 0.92 to 0.98 on
 *       Jaro-Winkler and are kept apart here).</li>
 *   <li>The same kind of ending: both in a consonant, or in the same vowel (i and y count as one). This
 *       keeps Slavic feminine forms apart from the masculine ("Lavrova", "Zelenska", "Navalnaya").</li>
 * </ul>
 */
final class SpellingMatch {

    /** Least Jaro-Winkler similarity of two surname spellings of one person. */
    static final double SURNAME_SIMILARITY = 0.90;
    /** Least Jaro-Winkler similarity of two given-name spellings; lower because given names are short. */
    static final double GIVEN_NAME_SIMILARITY = 0.85;
    /** Most letters two spellings of one name may differ by. */
    static final int MAX_EDITS = 2;

    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final LevenshteinDistance levenshtein = new LevenshteinDistance(MAX_EDITS);

    /** Whether two full names (given name and surname) are spellings of one speaker. */
    boolean sameSpeaker(SpeakerName a, SpeakerName b) {
        return sameSurname(a, b) && givenNamesAgree(a.given(), b.given());
    }

    /** Whether the surnames (and any "Jr." suffixes) are spellings of one family name. */
    boolean sameSurname(SpeakerName a, SpeakerName b) {
        return a.suffix().equals(b.suffix()) && alike(a.surname(), b.surname(), SURNAME_SIMILARITY);
    }

    /** Whether two given names can belong to one person: equal, one missing, an initial, or a variant. */
    boolean givenNamesAgree(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        if (a.length() == 1 || b.length() == 1) {
            return true;
        }
        return alike(a, b, GIVEN_NAME_SIMILARITY);
    }

    private boolean alike(String a, String b, double threshold) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int edits = levenshtein.apply(a, b);
        return edits >= 0 && jaroWinkler.apply(a, b) >= threshold
                && outline(a).equals(outline(b)) && endingsAgree(a, b);
    }

    /** The consonants of a folded spelling, as transliteration leaves them. */
    static String outline(String folded) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aeiouy-".indexOf(c) >= 0) {
                continue;
            }
            String sound = switch (c) {
                case 'w', 'f' -> "v";
                case 'x' -> "ks";
                default -> String.valueOf(c);
            };
            for (char s : sound.toCharArray()) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != s) {
                    out.append(s);
                }
            }
        }
        return out.toString();
    }

    private static boolean endingsAgree(String a, String b) {
        char x = vowelClass(a.charAt(a.length() - 1));
        char y = vowelClass(b.charAt(b.length() - 1));
        return x == y;
    }

    /** A final vowel as itself (y read as i), any final consonant as one class. */
    private static char vowelClass(char c) {
        if (c == 'y') {
            return 'i';
        }
        return "aeiou".indexOf(c) >= 0 ? c : '#';
    }
}
