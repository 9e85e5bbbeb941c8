package org.framelens.compare.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;

/**
 * Builds the coverage matrix of several outlets' articles: which people, organisations, places, events and
 * numbers each mentions, in which sentences, and what one outlet leaves out that most others include.
 *
 * <p>An item is kept when at least two outlets mention it, or one outlet in at least two sentences; the
 * most shared are kept, up to a limit. An outlet leaves an item out when it never mentions it although at
 * least half of the other outlets, and at least two, do. Leaving out describes the text, not a motive.
 */
public final class CoverageComparer {

    /** How many items a matrix holds at most, unless told otherwise. */
    public static final int DEFAULT_ITEM_LIMIT = 40;

    private final CoverageLexicon lexicon;
    private final int itemLimit;

    /** A comparer keeping at most {@link #DEFAULT_ITEM_LIMIT} items. */
    public CoverageComparer() {
        this(DEFAULT_ITEM_LIMIT);
    }

    /** A comparer keeping at most {@code itemLimit} items, the most shared. */
    public CoverageComparer(int itemLimit) {
        if (itemLimit < 1) {
            throw new IllegalArgumentException("a coverage matrix needs room for at least one item");
        }
        this.lexicon = CoverageLexicon.load();
        this.itemLimit = itemLimit;
    }

    /** The coverage matrix of the articles, one per outlet, outlets in the order given. */
    public CoverageMatrix compare(List<AnnotatedArticle> articles) {
        List<String> outlets = articles.stream().map(a -> a.article().outlet()).toList();
        if (new HashSet<>(outlets).size() != outlets.size()) {
            throw new IllegalArgumentException("two articles have the same outlet name: " + outlets);
        }
        SentenceWords sentenceWords = new SentenceWords(lexicon);
        List<List<Word>> allWords = new ArrayList<>();
        articles.forEach(a -> a.sentences().forEach(s -> allWords.add(sentenceWords.of(s))));
        NameFinder names = new NameFinder(lexicon, CaseEvidence.of(allWords));
        NumberFinder numbers = new NumberFinder(lexicon);

        Map<String, List<NameMention>> nameMentions = new LinkedHashMap<>();
        Map<String, List<KeyedMention>> keyedMentions = new LinkedHashMap<>();
        for (AnnotatedArticle article : articles) {
            List<NameMention> ownNames = new ArrayList<>();
            List<KeyedMention> ownKeyed = new ArrayList<>();
            for (Sentence sentence : article.sentences()) {
                NameFinder.Found found = names.find(sentence);
                ownNames.addAll(found.names());
                ownKeyed.addAll(found.events());
                ownKeyed.addAll(numbers.find(sentence));
            }
            nameMentions.put(article.article().outlet(), ownNames);
            keyedMentions.put(article.article().outlet(), ownKeyed);
        }

        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> labelOfVariant = new HashMap<>();
        Set<String> ownNames = outlets.stream().map(CoverageComparer::bareName).collect(java.util.stream.Collectors.toSet());
        for (NameClusters.Cluster cluster : new NameClusters(lexicon).cluster(nameMentions)) {
            cluster.variants().forEach(v -> labelOfVariant.put(v, cluster.label()));
            if (ownNames.contains(bareName(cluster.label()))) {
                continue;
            }
            Map<String, Set<Integer>> sentences = new LinkedHashMap<>();
            cluster.mentions().forEach((outlet, list) ->
                    sentences.put(outlet, new TreeSet<>(list.stream().map(NameMention::sentence).toList())));
            candidates.add(new Candidate(cluster.kind(), cluster.label(), sentences));
        }
        candidates.addAll(keyedCandidates(outlets, keyedMentions, labelOfVariant));

        List<Candidate> kept = candidates.stream()
                .filter(c -> c.outletCount() >= 2 || c.sentenceCount() >= 2)
                .sorted(Comparator.comparingInt(Candidate::outletCount).reversed()
                        .thenComparing(Comparator.comparingInt(Candidate::sentenceCount).reversed())
                        .thenComparing(Candidate::kind)
                        .thenComparing(Candidate::label))
                .limit(itemLimit)
                .sorted(Comparator.comparingInt(Candidate::outletCount).reversed()
                        .thenComparing(Candidate::kind)
                        .thenComparing(c -> c.label().toLowerCase(Locale.ROOT))
                        .thenComparing(Candidate::label))
                .toList();
        List<CoverageItem> items = new ArrayList<>();
        for (Candidate c : kept) {
            Map<String, List<Integer>> mentions = new LinkedHashMap<>();
            for (String outlet : outlets) {
                mentions.put(outlet, List.copyOf(c.sentences().getOrDefault(outlet, Set.of())));
            }
            items.add(new CoverageItem(c.kind(), c.label(), mentions, leftOutBy(outlets, c)));
        }
        return new CoverageMatrix(outlets, items);
    }

    /** Events and numbers grouped by key; an event's name part is first replaced by its merged name's label. */
    private static List<Candidate> keyedCandidates(List<String> outlets, Map<String, List<KeyedMention>> byOutlet,
                                                   Map<String, String> labelOfVariant) {
        Map<String, Map<String, Set<Integer>>> sentencesByKey = new TreeMap<>();
        Map<String, Map<String, Integer>> labelsByKey = new HashMap<>();
        Map<String, CoverageItem.Kind> kindByKey = new HashMap<>();
        for (String outlet : outlets) {
            for (KeyedMention m : byOutlet.get(outlet)) {
                String key = m.key();
                if (m.name() != null) {
                    String lemma = key.substring(key.lastIndexOf(' ') + 1);
                    key = labelOfVariant.getOrDefault(m.name(), m.name()).toLowerCase(Locale.ROOT) + " " + lemma;
                }
                key = m.kind().name() + ":" + key;
                sentencesByKey.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(outlet, o -> new TreeSet<>()).add(m.sentence());
                labelsByKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(m.label(), 1, Integer::sum);
                kindByKey.put(key, m.kind());
            }
        }
        mergeBareNumbers(sentencesByKey, labelsByKey);
        List<Candidate> candidates = new ArrayList<>();
        sentencesByKey.forEach((key, sentences) ->
                candidates.add(new Candidate(kindByKey.get(key), commonestLabel(labelsByKey.get(key)), sentences)));
        return candidates;
    }

    /**
     * Joins a percentage or sum written without what it counts ("145%") to the one item with the same value
     * that says what it counts ("145% tariffs"), when there is exactly one.
     */
    private static void mergeBareNumbers(Map<String, Map<String, Set<Integer>>> sentencesByKey,
                                         Map<String, Map<String, Integer>> labelsByKey) {
        String prefix = CoverageItem.Kind.NUMBER.name() + ":";
        for (String bare : List.copyOf(sentencesByKey.keySet())) {
            if (!bare.startsWith(prefix) || !bare.endsWith("|")) {
                continue;
            }
            List<String> counted = sentencesByKey.keySet().stream()
                    .filter(k -> k.startsWith(bare) && k.length() > bare.length()).toList();
            if (counted.size() != 1) {
                continue;
            }
            String target = counted.get(0);
            sentencesByKey.remove(bare).forEach((outlet, sentences) ->
                    sentencesByKey.get(target).computeIfAbsent(outlet, o -> new TreeSet<>()).addAll(sentences));
            labelsByKey.remove(bare).forEach((label, count) -> labelsByKey.get(target).merge(label, count, Integer::sum));
        }
    }

    /**
     * The label written most often; on a tie the one whose words the other labels share most on average
     * ("28-point plan" among "28-point peace plan", "28-point draft", ...), then the shorter, then the first
     * in alphabetical order.
     */
    private static String commonestLabel(Map<String, Integer> counts) {
        Map<String, Integer> labelsWithWord = new HashMap<>();
        counts.keySet().forEach(label -> Set.of(label.toLowerCase(Locale.ROOT).split(" "))
                .forEach(w -> labelsWithWord.merge(w, 1, Integer::sum)));
        Comparator<String> support = Comparator.comparingDouble(label -> -java.util.Arrays.stream(
                label.toLowerCase(Locale.ROOT).split(" ")).mapToInt(labelsWithWord::get).average().orElse(0));
        return counts.keySet().stream()
                .sorted(Comparator.comparing((String label) -> -counts.get(label))
                        .thenComparing(support)
                        .thenComparing(label -> label.split(" ").length)
                        .thenComparing(Comparator.naturalOrder()))
                .findFirst().orElseThrow();
    }

    /** A name in lower case without a leading "the", to recognise an outlet naming itself. */
    private static String bareName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    /** The outlets that never mention the item while at least half of the others, and at least two, do. */
    private static List<String> leftOutBy(List<String> outlets, Candidate c) {
        List<String> leftOut = new ArrayList<>();
        int others = outlets.size() - 1;
        for (String outlet : outlets) {
            boolean mentions = !c.sentences().getOrDefault(outlet, Set.of()).isEmpty();
            int otherMentions = c.outletCount() - (mentions ? 1 : 0);
            if (!mentions && otherMentions >= 2 && otherMentions * 2 >= others) {
                leftOut.add(outlet);
            }
        }
        return leftOut;
    }

    /** An item before selection: its sentences by outlet (outlets that do not mention it may be absent). */
    private record Candidate(CoverageItem.Kind kind, String label, Map<String, Set<Integer>> sentences) {

        int outletCount() {
            return (int) sentences.values().stream().filter(s -> !s.isEmpty()).count();
        }

        int sentenceCount() {
            return sentences.values().stream().mapToInt(Set::size).sum();
        }
    }
}
