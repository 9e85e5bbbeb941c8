package org.framelens.annotate;

import java.util.List;
import java.util.Set;
import org.framelens.lexicon.WordList;

/**
 * Reads who a noun phrase names: a person's name without their titles ("Dan Driscoll" from "U.S. Army
 * Secretary Dan Driscoll"), or, for an unnamed source, the description itself ("analysts").
 *
 * <p>Names are recognised by capitalisation as much as by tag, because the part-of-speech model often tags
 * unfamiliar names as nouns or prepositions.
 */
final class SpeakerPhrase {

    /** A speaker found in the text; {@code pronoun} marks he/she/they, to be resolved from context. */
    record Found(String text, boolean named, boolean pronoun) {
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they");
    private static final Set<String> NOT_NAME_TAGS = Set.of("DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART",
            "PUNCT", "NUM", "SYM");
    private static final Set<String> PHRASE_TAGS = Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART");
    private static final int LONGEST_PHRASE = 8;
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("her", "his", "its", "their", "our", "my", "your");
    private static final Set<String> ATTACHING_PREPOSITIONS = Set.of("of", "in", "at", "from", "for", "with");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$");

    /** The word lists behind speaker phrases, loaded once and shared. */
    record Lexicon(Set<String> titleWords, Set<String> sourceNouns, Set<String> speechNouns,
                   Set<String> nameParticles) {
        static Lexicon load() {
            return new Lexicon(WordList.set(SpeakerPhrase.class, "title-words.txt"),
                    WordList.set(SpeakerPhrase.class, "source-nouns.txt"),
                    WordList.set(SpeakerPhrase.class, "speech-nouns.txt"),
                    WordList.set(SpeakerPhrase.class, "name-particles.txt"));
        }
    }

    private final Set<String> titleWords;
    private final Set<String> sourceNouns;
    private final Set<String> speechNouns;
    private final Set<String> nameParticles;
    private final Set<String> capitalisedInText;

    /**
     * @param capitalisedInText lower-case forms of words the article capitalises in mid-sentence: a
     *     sentence's first word counts as a name only if the article capitalises it elsewhere too
     */
    SpeakerPhrase(Lexicon lexicon, Set<String> capitalisedInText) {
        this.titleWords = lexicon.titleWords();
        this.sourceNouns = lexicon.sourceNouns();
        this.speechNouns = lexicon.speechNouns();
        this.nameParticles = lexicon.nameParticles();
        this.capitalisedInText = capitalisedInText;
    }

    /** Lower-case forms of the words capitalised after the first word of a sentence. */
    static Set<String> capitalisedWords(List<List<Token>> sentences) {
        Set<String> words = new java.util.HashSet<>();
        for (List<Token> tokens : sentences) {
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (Character.isUpperCase(t.text().charAt(0)) && !NOT_NAME_TAGS.contains(baseTag(t))) {
                    words.add(normal(t));
                }
            }
        }
        return words;
    }

    /** The speaker ending at {@code end}, reading leftwards, or null if no noun phrase ends there. */
    Found endingAt(List<Token> tokens, int end) {
        if (end < 0 || tokens.get(end).quoted()) {
            return null;
        }
        Token head = tokens.get(end);
        if (head.hasTag("PRON")) {
            String pronoun = normal(head);
            return PERSONAL_PRONOUNS.contains(pronoun) ? new Found(pronoun, false, true) : null;
        }
        int start = end;
        while (start - 1 >= 0 && end - start + 1 < LONGEST_PHRASE && inPhrase(tokens.get(start - 1))) {
            start--;
        }
        Found phrase = describe(tokens, start, end);
        Found owner = ownerBefore(tokens, start, end, phrase);
        return owner != null ? owner : phrase;
    }

    /**
     * The fuller speaker when the phrase hangs on a preposition: "Stephen Locke of Transport Focus" is Stephen
     * Locke, "officials in Paris" and "a spokesperson for her ministry" are those descriptions whole.
     */
    private Found ownerBefore(List<Token> tokens, int start, int end, Found phrase) {
        if (start < 2 || !ATTACHING_PREPOSITIONS.contains(normal(tokens.get(start - 1)))) {
            return null;
        }
        int ownerEnd = start - 2;
        int ownerStart = ownerEnd;
        while (ownerStart - 1 >= 0 && ownerEnd - ownerStart + 1 < LONGEST_PHRASE && inPhrase(tokens.get(ownerStart - 1))) {
            ownerStart--;
        }
        Found owner = describe(tokens, ownerStart, ownerEnd);
        if (owner == null) {
            return null;
        }
        if (owner.named()) {
            return owner.text().contains(" ") || phrase == null ? owner : null;
        }
        return new Found(description(tokens, ownerStart, end), false, false);
    }

    /** The speaker starting after {@code before}, reading rightwards, or null. */
    Found startingAfter(List<Token> tokens, int before) {
        int start = before + 1;
        while (start < tokens.size() && tokens.get(start).hasTag("DET")) {
            start++;
        }
        int end = start - 1;
        while (end + 1 < tokens.size() && end + 1 - start < LONGEST_PHRASE && inPhrase(tokens.get(end + 1))) {
            end++;
        }
        if (end < start) {
            return null;
        }
        return describe(tokens, start, end);
    }

    /** The first name in the sentence's own words before any quotation, or null: who "he" most likely is. */
    String nameBeforeQuotation(List<Token> tokens) {
        for (int i = 0; i < tokens.size() && !tokens.get(i).quoted(); i++) {
            if (isNameWord(tokens, i)) {
                int last = i;
                while (last + 1 < tokens.size() && isNameWord(tokens, last + 1)) {
                    last++;
                }
                return POSSESSIVE.matcher(withoutTitles(tokens, i, last)).replaceFirst("");
            }
        }
        return null;
    }

    /** The first name of two or more words (a person, most likely) before any quotation, or null. */
    String personBeforeQuotation(List<Token> tokens) {
        for (int i = 0; i < tokens.size() && !tokens.get(i).quoted(); i++) {
            if (isNameWord(tokens, i)) {
                int last = i;
                while (last + 1 < tokens.size() && isNameWord(tokens, last + 1)) {
                    last++;
                }
                String name = POSSESSIVE.matcher(withoutTitles(tokens, i, last)).replaceFirst("");
                if (name.contains(" ") && !POSSESSIVE.matcher(tokens.get(last).text()).find()) {
                    return name;
                }
                i = last;
            }
        }
        return null;
    }

    /** Whether the token can be part of a person's or organisation's name. */
    boolean isNameWord(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (isParticle(tokens, i)) {
            return i > 0 && (isCapitalisedName(tokens, i - 1) || isParticle(tokens, i - 1)) && nameFollows(tokens, i + 1);
        }
        if (hyphenAt(tokens, i)) {
            return i > 0 && (isCapitalisedName(tokens, i - 1) || isParticle(tokens, i - 1)) && capitalisedAt(tokens, i + 1);
        }
        return isCapitalisedName(tokens, i);
    }

    /** Whether a capitalised name word comes next, past any further particles and hyphens ("der Leyen"). */
    private boolean nameFollows(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && (isParticle(tokens, i) || hyphenAt(tokens, i))) {
            i++;
        }
        return capitalisedAt(tokens, i);
    }

    private boolean capitalisedAt(List<Token> tokens, int i) {
        return i < tokens.size() && isCapitalisedName(tokens, i);
    }

    private static boolean hyphenAt(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).text().equals("-");
    }

    /** A name particle such as "al" or "von", alone or joined to the next word by a hyphen ("al-Ansari"). */
    private boolean isParticle(List<Token> tokens, int i) {
        return nameParticles.contains(normal(tokens.get(i)));
    }

    private boolean isCapitalisedName(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String text = token.text();
        int hyphen = text.indexOf('-');
        if (hyphen > 0 && nameParticles.contains(text.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT))
                && hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1))) {
            return true;
        }
        if (token.quoted() || NOT_NAME_TAGS.contains(baseTag(token)) || !Character.isUpperCase(token.text().charAt(0))) {
            return false;
        }
        if (sourceNouns.contains(normal(token))) {
            return false;
        }
        return i > 0 || token.hasTag("PROPN") || followedByName(tokens, i) || capitalisedInText.contains(normal(token));
    }

    private boolean followedByName(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).hasTag("PROPN");
    }

    /** Whether the token is a personal pronoun or part of a name, as a subject next to a reporting verb. */
    boolean isSubjectWord(List<Token> tokens, int i) {
        return i >= 0 && (isNameWord(tokens, i) || PERSONAL_PRONOUNS.contains(normal(tokens.get(i))));
    }

    private Found describe(List<Token> tokens, int start, int end) {
        while (start <= end && !tokens.get(start).isWord()) {
            start++;
        }
        if (start > end) {
            return null;
        }
        if (isNameWord(tokens, end)) {
            int first = end;
            while (first - 1 >= start && isNameWord(tokens, first - 1)) {
                first--;
            }
            return new Found(POSSESSIVE.matcher(withoutTitles(tokens, first, end)).replaceFirst(""), true, false);
        }
        Token head = tokens.get(end);
        if (speechNouns.contains(normal(head))) {
            for (int i = start; i < end; i++) {
                boolean glued = POSSESSIVE.matcher(tokens.get(i).text()).find();
                if (isNameWord(tokens, i) && (glued || normal(tokens.get(i + 1)).equals("'s"))) {
                    int first = i;
                    while (first - 1 >= start && isNameWord(tokens, first - 1)) {
                        first--;
                    }
                    String name = withoutTitles(tokens, first, i);
                    return new Found(glued ? POSSESSIVE.matcher(name).replaceFirst("") : name, true, false);
                }
            }
        }
        boolean sourceHead = !NOT_NAME_TAGS.contains(baseTag(head)) && sourceNouns.contains(normal(head));
        boolean sourceBeforeAdjective = head.hasTag("ADJ") && end > start && sourceNouns.contains(normal(tokens.get(end - 1)));
        if (!sourceHead && !sourceBeforeAdjective) {
            return null;
        }
        return new Found(description(tokens, start, end), false, false);
    }

    /** An unnamed source as written, its first word in lower case when only the sentence start capitalised it. */
    private String description(List<Token> tokens, int start, int end) {
        String text = join(tokens, start, end);
        Token first = tokens.get(start);
        boolean ordinaryWord = first.hasTag("DET") || sourceNouns.contains(normal(first));
        boolean acronym = first.text().length() > 1 && first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT));
        if (start == 0 && ordinaryWord && !acronym) {
            return first.lower() + text.substring(first.text().length());
        }
        return text;
    }

    private String withoutTitles(List<Token> tokens, int first, int last) {
        int start = first;
        while (start < last && titleWords.contains(normal(tokens.get(start)))) {
            start++;
        }
        return join(tokens, start, last);
    }

    private boolean inPhrase(Token token) {
        return !token.quoted() && (PHRASE_TAGS.contains(baseTag(token)) || POSSESSIVE_PRONOUNS.contains(token.lower()) || Character.isUpperCase(token.text().charAt(0))
                && !NOT_NAME_TAGS.contains(baseTag(token)) || token.text().equals("-") || token.text().equals("–"));
    }

    private static String baseTag(Token token) {
        int plus = token.tag().indexOf('+');
        return plus < 0 ? token.tag() : token.tag().substring(0, plus);
    }

    static String join(List<Token> tokens, int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= end; i++) {
            Token t = tokens.get(i);
            if (i > start && tokens.get(i - 1).end() < t.start()) {
                text.append(' ');
            }
            text.append(t.text());
        }
        return text.toString();
    }

    static String normal(Token token) {
        return token.lower().replace('’', '\'');
    }
}
