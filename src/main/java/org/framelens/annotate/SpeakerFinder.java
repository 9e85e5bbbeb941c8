package org.framelens.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import org.framelens.annotate.SpeakerPhrase.Found;
import org.framelens.lexicon.WordList;

/**
 * Finds whom each sentence attributes its quoted or reported words to, from the tagged text alone:
 * {@code "...," Mathers said}, {@code says Mykola Bielieskov}, {@code according to analysts},
 * {@code she told the Kyiv Independent}.
 *
 * <p>Pronouns take the most recent named speaker; a short name takes the full name used earlier in the same
 * article; a sentence that is all quotation takes the speaker of the quotation around it.
 */
final class SpeakerFinder {

    private static final int LONGEST_APPOSITION = 16;
    /** A short quoted paragraph without a full stop is a subhead in quotation marks, not a quotation running on. */
    private static final int SUBHEAD_WORDS = 5;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…][\"”’)]*$");

    /** Reporting verb forms, mapped to whether the phrase after them is the listener ("told the paper"). */
    private final Map<String, Boolean> reportingVerbs;
    private final SpeakerPhrase.Lexicon lexicon;

    SpeakerFinder() {
        Map<String, Boolean> verbs = new HashMap<>();
        for (String line : WordList.lines(SpeakerFinder.class, "reporting-verbs.txt")) {
            String[] parts = line.split("\\s+");
            verbs.put(parts[0], parts.length > 1 && parts[1].equals("listener-follows"));
        }
        this.reportingVerbs = Map.copyOf(verbs);
        this.lexicon = SpeakerPhrase.Lexicon.load();
    }

    /** The speaker of each sentence, or null, in the same order. */
    List<String> attribute(List<TaggedSentence> sentences) {
        SpeakerPhrase phrases = new SpeakerPhrase(lexicon,
                SpeakerPhrase.capitalisedWords(sentences.stream().map(TaggedSentence::tokens).toList()));
        List<String> result = new ArrayList<>(sentences.size());
        List<String> namedSoFar = new ArrayList<>();
        String lastNamed = null;
        String lastAny = null;
        String previousPerson = null;
        for (TaggedSentence sentence : sentences) {
            Found found = find(phrases, sentence.tokens());
            String speaker = null;
            if (found != null) {
                String inSentence = phrases.nameBeforeQuotation(sentence.tokens());
                if (found.pronoun() && inSentence != null && sentence.voice() != Voice.AUTHOR) {
                    speaker = fullName(inSentence, namedSoFar);
                } else if (found.pronoun() && !found.text().equals("they") && previousPerson != null) {
                    speaker = fullName(previousPerson, namedSoFar);
                } else if (found.pronoun()) {
                    speaker = found.text().equals("they") ? lastAny : lastNamed;
                } else if (found.named()) {
                    speaker = fullName(found.text(), namedSoFar);
                    namedSoFar.add(speaker);
                    lastNamed = speaker;
                } else {
                    String known = fullName(found.text(), namedSoFar);
                    speaker = known.equals(found.text()) ? found.text() : known;
                }
            }
            if (speaker != null) {
                lastAny = speaker;
            }
            previousPerson = phrases.personBeforeQuotation(sentence.tokens());
            result.add(speaker);
        }
        inheritWithinQuotations(sentences, result);
        return result;
    }

    /**
     * A fully quoted sentence without its own attribution belongs to the speaker named next to it in the same
     * paragraph: the attribution that closes the quotation, or else the one that opened it. A paragraph that
     * opens with a quotation continues the speaker of the paragraph before when that one ended in a quotation
     * or in "said:".
     */
    private static void inheritWithinQuotations(List<TaggedSentence> sentences, List<String> speakers) {
        for (int i = 0; i < sentences.size(); i++) {
            if (speakers.get(i) != null || sentences.get(i).voice() != Voice.QUOTED) {
                continue;
            }
            int paragraph = sentences.get(i).paragraph();
            String inherited = null;
            for (int j = i + 1; j < sentences.size() && sentences.get(j).paragraph() == paragraph; j++) {
                if (speakers.get(j) != null || sentences.get(j).voice() == Voice.AUTHOR) {
                    inherited = speakers.get(j);
                    break;
                }
            }
            int j = i - 1;
            for (; inherited == null && j >= 0 && sentences.get(j).paragraph() == paragraph; j--) {
                if (speakers.get(j) != null || sentences.get(j).voice() == Voice.AUTHOR) {
                    inherited = speakers.get(j);
                    break;
                }
            }
            if (inherited == null && j >= 0 && sentences.get(j).paragraph() == paragraph - 1
                    && opensWithQuotation(sentences.get(j + 1)) && handsOnQuotation(sentences.get(j))) {
                inherited = speakers.get(j);
            }
            speakers.set(i, inherited);
        }
    }

    /** Whether the sentence starts with a quotation mark opening quoted words (and is not a quoted subhead). */
    private static boolean opensWithQuotation(TaggedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        long words = tokens.stream().filter(Token::isWord).count();
        boolean subhead = words < SUBHEAD_WORDS && !SENTENCE_END.matcher(sentence.text()).find();
        return !subhead && tokens.size() > 1 && !tokens.get(0).quoted() && tokens.get(0).hasTag("PUNCT")
                && tokens.get(1).quoted();
    }

    /** Whether a paragraph's last sentence leads into a quotation in the next: it quotes, or ends "said:". */
    private static boolean handsOnQuotation(TaggedSentence last) {
        return last.voice() != Voice.AUTHOR || last.text().stripTrailing().endsWith(":");
    }

    /** The earlier, longer form of a name ("Jenny Mathers" for "Mathers"), or the name itself. */
    private static String fullName(String name, List<String> earlier) {
        if (name.contains(" ")) {
            return name;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String candidate = earlier.get(i);
            if (candidate.endsWith(" " + name)) {
                return candidate;
            }
        }
        return name;
    }

    /** The first attribution in the sentence's own (unquoted) words, or null. */
    private Found find(SpeakerPhrase phrases, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.quoted()) {
                continue;
            }
            String word = SpeakerPhrase.normal(token);
            if (word.equals("according") && i + 1 < tokens.size()
                    && SpeakerPhrase.normal(tokens.get(i + 1)).equals("to")) {
                Found right = phrases.startingAfter(tokens, i + 1);
                if (right != null) {
                    return right;
                }
            }
            if (isReportingVerb(phrases, tokens, i)) {
                Found subject = subjectOf(phrases, tokens, i);
                if (subject != null) {
                    return subject;
                }
            }
        }
        return null;
    }

    /** A reporting verb, also where the tagger took it for a noun right after a name ("Melnyk notes"). */
    private boolean isReportingVerb(SpeakerPhrase phrases, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!reportingVerbs.containsKey(SpeakerPhrase.normal(token))) {
            return false;
        }
        return token.hasTag("VERB") || token.hasTag("NOUN") && phrases.isSubjectWord(tokens, i - 1);
    }

    /** Who speaks through the reporting verb at {@code verb}: the phrase before it, or after it when inverted. */
    private Found subjectOf(SpeakerPhrase phrases, List<Token> tokens, int verb) {
        int end = verb - 1;
        while (end >= 0 && !tokens.get(end).quoted() && (tokens.get(end).hasTag("ADV") || tokens.get(end).hasTag("AUX")
                || isReflexive(tokens.get(end)))) {
            end--;
        }
        boolean inverted = end < 0 || isBoundary(tokens.get(end));
        if (end >= 0 && tokens.get(end).text().equals(",")) {
            int comma = previousComma(tokens, end);
            if (comma > 0) {
                Found head = phrases.endingAt(tokens, comma - 1);
                Found apposed = phrases.endingAt(tokens, end - 1);
                if (head != null && head.named()) {
                    return head;
                }
                if (apposed != null && apposed.named()) {
                    return apposed;
                }
                if (head != null) {
                    return head;
                }
            }
        } else if (!inverted) {
            return phrases.endingAt(tokens, end);
        }
        boolean listenerFollows = reportingVerbs.get(SpeakerPhrase.normal(tokens.get(verb)));
        return inverted && !listenerFollows ? phrases.startingAfter(tokens, verb) : null;
    }

    private static boolean isReflexive(Token token) {
        return token.hasTag("PRON") && token.lower().endsWith("self");
    }

    private static boolean isBoundary(Token token) {
        return token.hasTag("PUNCT");
    }

    private static int previousComma(List<Token> tokens, int comma) {
        for (int i = comma - 1; i >= 0 && comma - i <= LONGEST_APPOSITION; i--) {
            Token t = tokens.get(i);
            if (t.quoted()) {
                return -1;
            }
            if (t.text().equals(",")) {
                return i;
            }
        }
        return -1;
    }
}
