package org.framelens.compare.coverage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Groups the names all outlets write into the people, organisations and places they stand for: spellings of
 * one person's surname ("Zelensky", "Zelenskyy"; "Witkoff", "Witkov") and a surname alone with its full form
 * ("Putin", "Vladimir Putin") become one, by Jaro-Winkler similarity; places by the gazetteer's spellings;
 * organisations only when written alike.
 */
final class NameClusters {

    /** Surnames at least this similar are one person's, unless their first names differ. */
    static final double SURNAME_SIMILARITY = 0.90;
    /** First names at least this similar may be one person's ("Yuri", "Yury"; "Sergey", "Sergei"). */
    static final double FIRST_NAME_SIMILARITY = 0.80;

    /** One person, organisation, place or other name, with every mention of it by outlet. */
    record Cluster(CoverageItem.Kind kind, String label, List<String> variants, Map<String, List<NameMention>> mentions) {
    }

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final CoverageLexicon lexicon;

    NameClusters(CoverageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The clusters of all mentions, given by outlet; each variant belongs to exactly one cluster. */
    List<Cluster> cluster(Map<String, List<NameMention>> byOutlet) {
        Map<String, Integer> counts = new TreeMap<>();
        byOutlet.values().forEach(list -> list.forEach(m -> counts.merge(m.name(), 1, Integer::sum)));
        List<String> variants = new ArrayList<>(counts.keySet());
        variants.sort(Comparator.comparingInt((String v) -> -words(v).size())
                .thenComparing(v -> -counts.get(v))
                .thenComparing(Comparator.naturalOrder()));
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        for (String variant : variants) {
            String base = withoutDivision(variant);
            Optional<String> place = lexicon.gazetteer().place(base);
            String placeKey = "place:" + place.orElse(base).toLowerCase(Locale.ROOT);
            if (place.isPresent() || !base.equals(variant) || byKey.containsKey(placeKey)) {
                String label = place.orElse(variant);
                byKey.computeIfAbsent(placeKey, k -> newGroup(groups, label, true)).add(variant, counts.get(variant));
            } else if (personLike(variant)) {
                Group best = null;
                for (Group g : groups) {
                    if (g.personLike && compatible(g.label, variant) && (best == null || g.count > best.count)) {
                        best = g;
                    }
                }
                if (best == null) {
                    best = newGroup(groups, variant, false);
                    best.personLike = true;
                }
                best.add(variant, counts.get(variant));
            } else {
                String key = "name:" + variant.toLowerCase(Locale.ROOT);
                byKey.computeIfAbsent(key, k -> newGroup(groups, variant, false)).add(variant, counts.get(variant));
            }
        }
        Map<String, Group> groupOf = new HashMap<>();
        groups.forEach(g -> g.variants.forEach(v -> groupOf.put(v, g)));
        List<Cluster> clusters = new ArrayList<>();
        for (Group g : groups) {
            Map<String, List<NameMention>> mentions = new LinkedHashMap<>();
            for (Map.Entry<String, List<NameMention>> outlet : byOutlet.entrySet()) {
                mentions.put(outlet.getKey(), outlet.getValue().stream().filter(m -> groupOf.get(m.name()) == g).toList());
            }
            clusters.add(new Cluster(kind(g, mentions), g.label, List.copyOf(g.variants), mentions));
        }
        return clusters;
    }

    /** Whether two names may be one person's: similar surnames, and first names that do not differ. */
    boolean compatible(String fuller, String other) {
        List<String> a = words(fuller);
        List<String> b = words(other);
        if (SIMILARITY.apply(plain(a.get(a.size() - 1)), plain(b.get(b.size() - 1))) < SURNAME_SIMILARITY) {
            return false;
        }
        if (a.size() < 2 || b.size() < 2) {
            return true;
        }
        String first = plain(a.get(0));
        String otherFirst = plain(b.get(0));
        boolean initial = first.length() <= 2 || otherFirst.length() <= 2;
        return initial ? first.charAt(0) == otherFirst.charAt(0)
                : SIMILARITY.apply(first, otherFirst) >= FIRST_NAME_SIMILARITY;
    }

    /** "Donetsk Oblast" without its division word, for grouping with "Donetsk"; other names unchanged. */
    private String withoutDivision(String name) {
        List<String> words = words(name);
        if (words.size() >= 2 && lexicon.divisionWords().contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            return String.join(" ", words.subList(0, words.size() - 1));
        }
        return name;
    }

    /** Whether the name may be a person's: not an acronym, and no organisation or place word in it. */
    private boolean personLike(String name) {
        List<String> words = words(name);
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lexicon.organisationWords().contains(lower) || lexicon.placeWords().contains(lower)
                    || lexicon.isEventNoun(lower)) {
                return false;
            }
        }
        String last = words.get(words.size() - 1);
        return !last.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** The kind the mentions point to, strongest evidence first. */
    private CoverageItem.Kind kind(Group g, Map<String, List<NameMention>> mentions) {
        List<NameMention> all = mentions.values().stream().flatMap(List::stream).toList();
        if (g.place || all.stream().anyMatch(NameMention::describedAsPlace)) {
            return CoverageItem.Kind.PLACE;
        }
        if (!g.personLike) {
            return CoverageItem.Kind.ORGANISATION;
        }
        boolean placePreposition = all.stream().anyMatch(NameMention::afterPlacePreposition);
        if (all.stream().anyMatch(NameMention::titled)) {
            return CoverageItem.Kind.PERSON;
        }
        if (all.stream().anyMatch(NameMention::afterArticle)) {
            return placePreposition ? CoverageItem.Kind.PLACE : CoverageItem.Kind.ORGANISATION;
        }
        if (all.stream().anyMatch(m -> m.properNoun() && words(m.name()).size() >= 2)) {
            return CoverageItem.Kind.PERSON;
        }
        return placePreposition ? CoverageItem.Kind.PLACE : CoverageItem.Kind.NAME;
    }

    private static Group newGroup(List<Group> groups, String label, boolean place) {
        Group g = new Group(label, place);
        groups.add(g);
        return g;
    }

    private static List<String> words(String name) {
        return List.of(name.split(" "));
    }

    /** The word in lower case without accents, for comparing spellings. */
    private static String plain(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    /** A cluster being built: its label is its first, fullest and most frequent variant. */
    private static final class Group {
        final String label;
        final boolean place;
        final List<String> variants = new ArrayList<>();
        boolean personLike;
        int count;

        Group(String label, boolean place) {
            this.label = label;
            this.place = place;
        }

        void add(String variant, int mentions) {
            variants.add(variant);
            count += mentions;
        }
    }
}
