package org.framelens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;
import org.framelens.lexicon.WordList;

/**
 * Finds first-person words in the outlet's own voice (I, me, my, we, us, our, let's): a writer who speaks as
 * "I" or "we" gives a personal view or account. The cue takes in the verb right after ("I think", "we must").
 * Left out: words inside quotation marks (the source's), "US" in capitals (the country) and the numeral I
 * ("World War I").
 */
final class FirstPersonRule implements CueRule {

    private final Set<String> words;

    FirstPersonRule() {
        this.words = WordList.set(FirstPersonRule.class, "first-person.txt");
    }

    @Override
    public List<LoadedCue> find(SentenceText text, AnnotatedArticle article) {
        List<LoadedCue> cues = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.quoted() || !words.contains(SentenceText.normalised(t)) || isAbbreviation(t) || isNumeral(text, i)) {
                continue;
            }
            int last = i;
            Token next = text.after(i);
            if (next != null && !next.quoted() && (next.hasTag("VERB") || next.hasTag("AUX"))
                    && !words.contains(SentenceText.normalised(next))) {
                last = i + 1;
            }
            cues.add(LoadedCue.at(text, LoadedKind.FIRST_PERSON, t.start(), tokens.get(last).end(), Voice.AUTHOR));
            i = last;
        }
        return cues;
    }

    /** "US", "ME" in capitals are abbreviations; a lone capital "I" is the pronoun. */
    private static boolean isAbbreviation(Token token) {
        return SentenceText.allCapitals(token.text()) && !token.text().startsWith("I'") && !token.text().startsWith("I’");
    }

    /** "I" after a capitalised word inside the sentence is a numeral: "World War I", "Phase I". */
    private static boolean isNumeral(SentenceText text, int index) {
        Token t = text.tokens().get(index);
        if (!t.text().equals("I")) {
            return false;
        }
        Token previous = text.before(index);
        return previous != null && previous.isWord() && SentenceText.capitalised(previous.text())
                && !text.opensClause(index - 1);
    }
}
