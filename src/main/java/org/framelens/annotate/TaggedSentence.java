package org.framelens.annotate;

import java.util.List;

/** A sentence after tagging, before speakers are attributed across the article. */
record TaggedSentence(int paragraph, String text, List<Token> tokens) {

    /** Author, quoted or mixed, from the share of its words inside quotation marks. */
    Voice voice() {
        long words = tokens.stream().filter(Token::isWord).count();
        long quoted = tokens.stream().filter(t -> t.isWord() && t.quoted()).count();
        if (quoted == 0) {
            return Voice.AUTHOR;
        }
        return quoted == words ? Voice.QUOTED : Voice.MIXED;
    }
}
