package org.framelens.annotate;

import java.util.List;

/**
 * A sentence of an article with its tokens, tags and whose voice it is in.
 *
 * @param index position in the article, from 0
 * @param paragraph index of the paragraph it comes from
 * @param text the sentence as written
 * @param tokens its tokens, offsets relative to {@code text}
 * @param voice author, quoted, or mixed when it holds both
 * @param speaker who the quoted part is attributed to, or null where the text names nobody
 */
public record Sentence(int index, int paragraph, String text, List<Token> tokens, Voice voice, String speaker) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Number of word tokens (punctuation excluded). */
    public int wordCount() {
        return (int) tokens.stream().filter(Token::isWord).count();
    }

    /** The stretches of the sentence inside quotation marks, as [start, end) character offsets in its text. */
    public List<int[]> quotedStretches() {
        List<int[]> stretches = new java.util.ArrayList<>();
        int start = -1;
        int end = -1;
        for (Token token : tokens) {
            if (token.quoted()) {
                if (start < 0) {
                    start = token.start();
                }
                end = token.end();
            } else if (start >= 0) {
                stretches.add(new int[] {start, end});
                start = -1;
            }
        }
        if (start >= 0) {
            stretches.add(new int[] {start, end});
        }
        return stretches;
    }

    /** Number of word tokens inside quotation marks. */
    public int quotedWordCount() {
        return (int) tokens.stream().filter(t -> t.isWord() && t.quoted()).count();
    }
}
