package org.framelens.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;
import org.framelens.lexicon.WordList;

/**
 * Finds whom each outlet lets speak: every voice its article quotes or paraphrases, named or not, with the
 * sentences as evidence, and how much of the text is in quotation marks.
 *
 * <p>Speakers come from the annotator ({@link Sentence#speaker()}); a sentence with quoted words counts as
 * quoting its speaker, a sentence in the outlet's own words as paraphrasing it. The outlet naming itself
 * ("the Kyiv Independent explains") is not a source. One speaker spelled differently by different outlets
 * gets one name across all of them.
 */
public final class SourceFinder {

    private final NamedSourceRule namedRule;
    private final CanonicalNames canonicalNames;

    /** Loads the word lists once; one finder can profile any number of article sets. */
    public SourceFinder() {
        this.namedRule = new NamedSourceRule();
        Set<String> suffixes = WordList.set(SourceFinder.class, "name-suffixes.txt");
        this.canonicalNames = new CanonicalNames(new SpellingMatch(), namedRule.joiners(), suffixes);
    }

    /** One profile per article, in the same order, with speaker names made canonical across all of them. */
    public List<SourceProfile> profile(List<AnnotatedArticle> articles) {
        List<List<Attribution>> attributions = articles.stream().map(this::attributions).toList();
        Map<String, Integer> namedCounts = new TreeMap<>();
        Map<String, Integer> unnamedCounts = new TreeMap<>();
        for (List<Attribution> list : attributions) {
            for (Attribution a : list) {
                (a.named() ? namedCounts : unnamedCounts).merge(a.speaker(), 1, Integer::sum);
            }
        }
        Map<String, String> namedDisplay = canonicalNames.resolve(namedCounts);
        Map<String, String> unnamedDisplay = unnamedDisplayNames(unnamedCounts);
        List<SourceProfile> profiles = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            profiles.add(profileOf(articles.get(i), attributions.get(i), namedDisplay, unnamedDisplay));
        }
        return List.copyOf(profiles);
    }

    /** A sentence that gives a speaker's words, and how the text writes that speaker. */
    private record Attribution(Sentence sentence, String speaker, boolean named) {
    }

    private List<Attribution> attributions(AnnotatedArticle article) {
        String self = identity(article.article().outlet());
        List<Attribution> out = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            String speaker = sentence.speaker() == null ? "" : sentence.speaker().strip();
            if (speaker.isEmpty() || identity(speaker).equals(self)) {
                continue;
            }
            out.add(new Attribution(sentence, speaker, namedRule.isNamed(speaker)));
        }
        return out;
    }

    private SourceProfile profileOf(AnnotatedArticle article, List<Attribution> attributions,
                                    Map<String, String> namedDisplay, Map<String, String> unnamedDisplay) {
        Function<Attribution, String> display = a -> (a.named() ? namedDisplay : unnamedDisplay).get(a.speaker());
        Map<String, List<Attribution>> byVoice = new LinkedHashMap<>();
        Map<Integer, Boolean> namedSentence = new HashMap<>();
        for (Attribution a : attributions) {
            byVoice.computeIfAbsent((a.named() ? "named:" : "unnamed:") + display.apply(a), k -> new ArrayList<>())
                    .add(a);
            namedSentence.put(a.sentence().index(), a.named());
        }
        List<SourceVoice> voices = byVoice.values().stream()
                .map(list -> voiceOf(list, display.apply(list.get(0))))
                .sorted(Comparator.comparingInt(SourceVoice::total).reversed()
                        .thenComparingInt(v -> v.sentences().get(0)))
                .toList();
        int named = (int) voices.stream().filter(SourceVoice::named).count();
        int words = 0;
        int quoted = 0;
        int unnamedQuoted = 0;
        for (Sentence sentence : article.sentences()) {
            words += sentence.wordCount();
            quoted += sentence.quotedWordCount();
            if (!namedSentence.getOrDefault(sentence.index(), false)) {
                unnamedQuoted += sentence.quotedWordCount();
            }
        }
        return new SourceProfile(voices, voices.size(), named, voices.size() - named,
                words == 0 ? 0 : (double) quoted / words, quoted == 0 ? 0 : (double) unnamedQuoted / quoted);
    }

    /** An unnamed source's display name: its most frequent spelling among those equal but for case. */
    private static Map<String, String> unnamedDisplayNames(Map<String, Integer> counts) {
        Map<String, String> best = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            best.merge(identity(e.getKey()), e.getKey(), (x, y) -> {
                int byCount = Integer.compare(counts.get(y), counts.get(x));
                return byCount < 0 || byCount == 0 && y.compareTo(x) < 0 ? y : x;
            });
        }
        Map<String, String> display = new HashMap<>();
        counts.keySet().forEach(s -> display.put(s, best.get(identity(s))));
        return display;
    }

    /** A name compared without case, curly apostrophes or a leading "the". */
    private static String identity(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    /** One voice from the sentences attributed to it, in text order. */
    private static SourceVoice voiceOf(List<Attribution> attributions, String display) {
        int paraphrased = (int) attributions.stream().filter(a -> a.sentence().voice() == Voice.AUTHOR).count();
        List<Integer> sentences = attributions.stream().map(a -> a.sentence().index()).toList();
        return new SourceVoice(display, attributions.get(0).named(), attributions.size() - paraphrased,
                paraphrased, sentences);
    }
}
