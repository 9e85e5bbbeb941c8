package org.framelens.loaded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;
import org.framelens.lexicon.WordList;

/**
 * Finds mind reading: a named person, a government or he/she/they followed by what they want, think, believe,
 * fear or intend ("Putin wants", "the Kremlin believes", "Moscow views ... as"), stated in the outlet's own
 * voice. A capitalised plural noun opening the sentence ("Farmers want") is not taken for a name. Left out: anything inside quotation marks, sentences that attribute something to a source ("X said
 * Putin wants" is X's claim), I and we (first person), sources as subjects ("officials believe" reports what
 * officials say), possessives ("Russia's fears"), conditions ("if Putin wants") and questions ("Does Putin
 * want peace?").
 */
final class MindReadingRule implements CueRule {

    /** Most words allowed between subject and verb: "he does not really want". */
    private static final int MOST_BETWEEN = 4;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    private static final Set<String> CONDITIONS = Set.of("if", "whether", "unless");

    /** The verb phrases by their first word, longest first, as they are tried. */
    private final Map<String, List<List<String>>> verbs;
    private final Set<String> between;
    private final Set<String> subjects;
    private final Set<String> sources;
    private final Attribution attribution;

    MindReadingRule(Attribution attribution) {
        Map<String, List<String>> sections = sections(WordList.lines(MindReadingRule.class, "mind-reading.txt"));
        List<List<String>> phrases = new ArrayList<>();
        for (String line : sections.getOrDefault("verbs", List.of())) {
            phrases.add(List.of(SentenceText.fold(line).split("\\s+")));
        }
        phrases.sort((a, b) -> b.size() - a.size());
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        for (List<String> phrase : phrases) {
            byFirstWord.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
        }
        byFirstWord.replaceAll((word, list) -> List.copyOf(list));
        this.verbs = Map.copyOf(byFirstWord);
        this.between = Set.copyOf(sections.getOrDefault("between", List.of()).stream().map(SentenceText::fold).toList());
        this.subjects = Set.copyOf(sections.getOrDefault("subjects", List.of()));
        this.sources = Set.copyOf(sections.getOrDefault("sources", List.of()));
        this.attribution = attribution;
    }

    @Override
    public List<LoadedCue> find(SentenceText text, AnnotatedArticle article) {
        List<LoadedCue> cues = new ArrayList<>();
        if (attribution.inSentence(text)) {
            return cues;
        }
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int last = verbAt(tokens, i);
            if (last < 0 || isQuestion(tokens, last)) {
                continue;
            }
            int subject = subjectBefore(text, i);
            if (subject < 0) {
                continue;
            }
            int first = subject;
            Token before = text.before(subject);
            if (before != null && before.lower().equals("the")) {
                first = subject - 1;
            }
            Token ahead = text.before(first);
            if (ahead != null && CONDITIONS.contains(ahead.lower())) {
                continue;
            }
            cues.add(LoadedCue.at(text, LoadedKind.MIND_READING, tokens.get(first).start(), tokens.get(last).end(),
                    Voice.AUTHOR));
            i = last;
        }
        return cues;
    }

    /** The last token of a mind-reading verb phrase starting at {@code i}, or -1. */
    private int verbAt(List<Token> tokens, int i) {
        if (tokens.get(i).quoted()) {
            return -1;
        }
        for (List<String> phrase : verbs.getOrDefault(SentenceText.normalised(tokens.get(i)), List.of())) {
            if (i + phrase.size() > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 1; k < phrase.size() && matches; k++) {
                Token t = tokens.get(i + k);
                matches = !t.quoted() && SentenceText.normalised(t).equals(phrase.get(k));
            }
            if (matches) {
                return i + phrase.size() - 1;
            }
        }
        return -1;
    }

    /** The subject of the verb at {@code verb}, walking back over "does not", "still" and the like; or -1. */
    private int subjectBefore(SentenceText text, int verb) {
        int j = verb - 1;
        int skipped = 0;
        while (j >= 0 && skipped < MOST_BETWEEN && between.contains(SentenceText.normalised(text.tokens().get(j)))) {
            j--;
            skipped++;
        }
        if (j < 0) {
            return -1;
        }
        Token t = text.tokens().get(j);
        String lower = SentenceText.normalised(t);
        if (t.quoted() || lower.endsWith("'s") || lower.endsWith("'") || sources.contains(lower)) {
            return -1;
        }
        if (PRONOUNS.contains(lower) || subjects.contains(lower)) {
            return j;
        }
        boolean pluralOpener = text.opensClause(j) && lower.endsWith("s");
        boolean name = SentenceText.capitalised(t.text()) && (t.hasTag("PROPN") || SentenceText.allCapitals(t.text())
                || t.hasTag("NOUN") && !pluralOpener);
        return name && !isFirstPerson(lower) ? j : -1;
    }

    private static boolean isFirstPerson(String lower) {
        return lower.equals("i") || lower.equals("we");
    }

    /** Whether a question mark closes the clause after the verb. */
    private static boolean isQuestion(List<Token> tokens, int from) {
        for (int i = from + 1; i < tokens.size(); i++) {
            String s = tokens.get(i).text();
            if (s.contains("?")) {
                return true;
            }
            if (s.equals(".") || s.equals(";") || s.equals("!")) {
                return false;
            }
        }
        return false;
    }

    /** The lines of a sectioned list, by section name ("[verbs]" opens section "verbs"). */
    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> out = new HashMap<>();
        String current = "";
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1);
            } else {
                out.computeIfAbsent(current, k -> new ArrayList<>()).add(line);
            }
        }
        return out;
    }
}
