package org.framelens.loaded;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Token;

/**
 * Finds exclamations: the clause ending in "!", in the outlet's own voice or inside a quotation (the voice is
 * recorded). An exclamation mark inside a name ("Yahoo! News") is not one.
 */
final class ExclamationRule implements CueRule {

    @Override
    public List<LoadedCue> find(SentenceText text, AnnotatedArticle article) {
        List<LoadedCue> cues = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() && t.text().contains("!")) {
                Token next = text.after(i);
                if (next != null && next.isWord() && next.quoted() == t.quoted()) {
                    continue;
                }
                int start = text.clauseStart(i);
                cues.add(LoadedCue.upToMark(text, LoadedKind.EXCLAMATION, Math.min(start, i), i, '!'));
            }
        }
        return cues;
    }
}
