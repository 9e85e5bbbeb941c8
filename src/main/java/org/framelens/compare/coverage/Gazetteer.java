package org.framelens.compare.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Countries, capitals and world regions by every spelling listed, so that "Kiev" and "Kyiv" are one place. */
final class Gazetteer {

    private final Map<String, String> byLowerSpelling;
    private final Map<String, String> byCapitalSpelling;

    private Gazetteer(Map<String, String> byLowerSpelling, Map<String, String> byCapitalSpelling) {
        this.byLowerSpelling = Map.copyOf(byLowerSpelling);
        this.byCapitalSpelling = Map.copyOf(byCapitalSpelling);
    }

    /** A gazetteer from lines "Label|other spelling|...": all-capital spellings match only as written. */
    static Gazetteer of(List<String> lines) {
        Map<String, String> lower = new HashMap<>();
        Map<String, String> capital = new HashMap<>();
        for (String line : lines) {
            String[] spellings = line.split("\\|");
            String label = spellings[0].strip();
            for (String spelling : spellings) {
                String s = spelling.strip();
                if (isAllCapitals(s)) {
                    capital.put(s, label);
                } else {
                    lower.put(s.toLowerCase(Locale.ROOT), label);
                }
            }
        }
        return new Gazetteer(lower, capital);
    }

    /** The place's label if the name is a listed spelling of it. */
    Optional<String> place(String name) {
        String label = byCapitalSpelling.get(name);
        if (label == null && !isAllCapitals(name)) {
            label = byLowerSpelling.get(name.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(label);
    }

    private static boolean isAllCapitals(String s) {
        return s.codePoints().anyMatch(Character::isLetter)
                && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && s.codePoints().filter(Character::isLetter).count() >= 2;
    }
}
