package org.framelens.loaded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;

/**
 * Reads the signals of an article's kind: first person, loaded rate, rhetoric (from the loaded-language
 * profile), named sources and quoted share (from the annotation), and first-person views, predictions and
 * explainer signposts in the outlet's own voice (from {@code first-person-views.txt}, {@code predictions.txt}
 * and {@code explainers.txt}).
 */
final class KindSignalReader {

    /** Most words of a prediction's excerpt before and after the forecasting phrase. */
    private static final int WORDS_BEFORE = 6;
    private static final int WORDS_AFTER = 8;
    private static final Set<String> LEADING_LINKS = Set.of("and", "but", "so", "or", "yet", "which", "that", "while");
    private static final Set<String> EXPLAINER_HEADLINE_OPENERS = Set.of("why", "how", "what");
    private static final Set<String> CLAUSE_EDGES = Set.of(",", ";", ":", "—", "–", "(", ")", ".", "?", "!");

    private final WordMatcher predictions;
    private final WordMatcher explainers;
    private final WordMatcher views;
    private final Attribution attribution;

    KindSignalReader() {
        this.predictions = WordMatcher.load(null, "predictions.txt");
        this.explainers = WordMatcher.load(null, "explainers.txt");
        this.views = WordMatcher.load(null, "first-person-views.txt");
        this.attribution = new Attribution();
    }

    /** The signals of one article, given its loaded-language profile. */
    KindSignals read(AnnotatedArticle article, LoadedProfile loaded) {
        List<String> forecasts = new ArrayList<>();
        List<String> signposts = new ArrayList<>();
        List<String> firstPersonViews = new ArrayList<>();
        int quotedWords = 0;
        for (Sentence sentence : article.sentences()) {
            quotedWords += sentence.quotedWordCount();
            SentenceText text = new SentenceText(sentence);
            if (!attributed(text, article)) {
                for (WordMatcher.Match m : predictions.find(text)) {
                    if (!text.tokens().get(m.first()).quoted()) {
                        forecasts.add(excerpt(text, m));
                    }
                }
            }
            for (WordMatcher.Match m : explainers.find(text)) {
                if (!text.tokens().get(m.first()).quoted()) {
                    signposts.add(sentence.text().substring(m.start(), m.end()));
                }
            }
            explainerHeadline(article, sentence).ifPresent(signposts::add);
            for (WordMatcher.Match m : views.find(text)) {
                if (!text.tokens().get(m.first()).quoted()) {
                    firstPersonViews.add(sentence.text().substring(m.start(), m.end()));
                }
            }
        }
        int words = article.wordCount();
        return new KindSignals(
                loaded.count(LoadedKind.FIRST_PERSON, Voice.AUTHOR),
                firstPersonViews,
                LoadedLanguageFinder.perThousand(loaded.cues().stream()
                        .filter(c -> c.kind().isWordChoice() && c.cue().voice() == Voice.AUTHOR).count(), loaded.ownWords()),
                loaded.count(LoadedKind.RHETORICAL_QUESTION, Voice.AUTHOR),
                loaded.count(LoadedKind.EXCLAMATION, Voice.AUTHOR),
                namedSources(article),
                words == 0 ? 0.0 : (double) quotedWords / words,
                forecasts, signposts);
    }

    /** Whether the sentence gives someone else's words: a speaker other than the outlet, or a reporting word. */
    private boolean attributed(SentenceText text, AnnotatedArticle article) {
        String speaker = text.sentence().speaker();
        if (speaker != null) {
            return !isOutlet(speaker, article);
        }
        return attribution.reports(text);
    }

    /** The distinct named speakers, one per surname, the outlet itself left out, in order of first mention. */
    static List<String> namedSources(AnnotatedArticle article) {
        Map<String, String> bySurname = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            String speaker = sentence.speaker();
            if (speaker == null || isOutlet(speaker, article)) {
                continue;
            }
            String[] words = speaker.strip().split("\\s+");
            String surname = words[words.length - 1];
            if (!SentenceText.capitalised(surname)) {
                continue;
            }
            String key = surname.toLowerCase(Locale.ROOT);
            String known = bySurname.get(key);
            if (known == null || speaker.length() > known.length()) {
                bySurname.put(key, speaker);
            }
        }
        return List.copyOf(bySurname.values());
    }

    /** Whether the speaker is the outlet itself: "the Kyiv Independent explains why". */
    private static boolean isOutlet(String speaker, AnnotatedArticle article) {
        String outlet = strippedThe(article.article().outlet());
        String name = strippedThe(speaker);
        return !name.isEmpty() && (outlet.contains(name) || name.contains(outlet));
    }

    private static String strippedThe(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") ? lower.substring(4) : lower;
    }

    /** A headline that opens with Why, How or What and asks nothing is an explainer's: "Why the plan will fail". */
    private static java.util.Optional<String> explainerHeadline(AnnotatedArticle article, Sentence sentence) {
        List<Sentence> all = article.sentences();
        if (all.isEmpty() || all.get(0) != sentence || sentence.text().contains("?")
                || all.stream().filter(s -> s.paragraph() == sentence.paragraph()).count() != 1) {
            return java.util.Optional.empty();
        }
        Token first = sentence.tokens().stream().filter(Token::isWord).findFirst().orElse(null);
        if (first == null || !EXPLAINER_HEADLINE_OPENERS.contains(first.lower())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("headline opening with " + first.text());
    }

    /** The clause around a prediction, a few words either side at most, as written, without a leading "but" or "and". */
    private static String excerpt(SentenceText text, WordMatcher.Match m) {
        List<Token> tokens = text.tokens();
        int start = m.first();
        while (start > 0 && !CLAUSE_EDGES.contains(tokens.get(start - 1).text()) && m.first() - start < WORDS_BEFORE) {
            start--;
        }
        while (start < m.first() && LEADING_LINKS.contains(tokens.get(start).lower())) {
            start++;
        }
        int end = m.last();
        while (end + 1 < tokens.size() && !CLAUSE_EDGES.contains(tokens.get(end + 1).text()) && end - m.last() < WORDS_AFTER) {
            end++;
        }
        return text.sentence().text().substring(tokens.get(start).start(), tokens.get(end).end());
    }
}
