package org.framelens.compare.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framelens.lexicon.WordList;

/**
 * The word lists behind the coverage matrix, loaded once from {@code org/framelens/compare/coverage/}: what
 * a title, a nationality, an organisation, a place, an event and a counted number look like in news English.
 */
record CoverageLexicon(Set<String> stopWords, List<List<String>> titles, Set<String> nationalities,
                       Set<String> organisationWords, Set<String> placeWords, Set<String> placePrepositions,
                       Set<String> eventNouns, Set<String> divisionWords, Set<String> calendarWords, Set<String> nameParticles,
                       Map<String, Long> numberWords, Map<String, String> scaleWords, Set<String> durations,
                       Gazetteer gazetteer) {

    /** Words that join the parts of an organisation's or office's name ("Council on Foreign Relations"). */
    static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "on");

    CoverageLexicon {
        titles = List.copyOf(titles);
        numberWords = Map.copyOf(numberWords);
        scaleWords = Map.copyOf(scaleWords);
    }

    /** Loads every list from the classpath. */
    static CoverageLexicon load() {
        Class<?> owner = CoverageLexicon.class;
        List<List<String>> titles = WordList.lines(owner, "title-words.txt").stream()
                .map(line -> List.of(line.toLowerCase(Locale.ROOT).split("\\s+")))
                .sorted((a, b) -> Integer.compare(b.size(), a.size()))
                .toList();
        return new CoverageLexicon(
                WordList.set(owner, "/org/framelens/compare/stop-words.txt"),
                titles,
                WordList.set(owner, "nationality-words.txt"),
                WordList.set(owner, "organisation-words.txt"),
                WordList.set(owner, "place-words.txt"),
                WordList.set(owner, "place-prepositions.txt"),
                WordList.set(owner, "event-nouns.txt"),
                WordList.set(owner, "division-words.txt"),
                WordList.set(owner, "calendar-words.txt"),
                WordList.set(owner, "name-particles.txt"),
                pairs(owner, "number-words.txt", Long::parseLong),
                pairs(owner, "scale-words.txt", s -> s),
                WordList.set(owner, "duration-nouns.txt"),
                Gazetteer.of(WordList.lines(owner, "gazetteer.txt")));
    }

    private static <V> Map<String, V> pairs(Class<?> owner, String name, java.util.function.Function<String, V> value) {
        Map<String, V> map = new HashMap<>();
        for (String line : WordList.lines(owner, name)) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("word list " + name + " has a line that is not 'word value': " + line);
            }
            map.put(parts[0].toLowerCase(Locale.ROOT), value.apply(parts[1]));
        }
        return map;
    }

    /** Whether the lower-case word is a calendar word, with or without its full stop ("Nov." and "Nov"). */
    boolean isCalendarWord(String lower) {
        return calendarWords.contains(lower) || calendarWords.contains(lower + ".");
    }

    /** Whether the lower-case word is an event noun, singular or plural ("talks", "meetings"). */
    boolean isEventNoun(String lower) {
        return eventNouns.contains(lower) || lower.endsWith("s") && eventNouns.contains(lower.substring(0, lower.length() - 1));
    }

    /** Whether the lower-case word is a place noun, singular or plural ("oblast", "provinces"). */
    boolean isPlaceWord(String lower) {
        return placeWords.contains(lower) || placeWords.contains(EnglishPlural.singular(lower));
    }

    /** The length of the title phrase starting at {@code from} in these lower-case words, or 0 if none does. */
    int titleAt(List<String> lowerWords, int from) {
        for (List<String> title : titles) {
            if (from + title.size() <= lowerWords.size() && lowerWords.subList(from, from + title.size()).equals(title)) {
                return title.size();
            }
        }
        return 0;
    }
}
