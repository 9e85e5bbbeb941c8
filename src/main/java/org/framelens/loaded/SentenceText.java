package org.framelens.loaded;

import java.util.ArrayList;
import java.util.List;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;

/**
 * A sentence prepared for matching word lists: its text folded to lower case with straight apostrophes and
 * plain hyphens (same length, so offsets still point into the original), plus questions about its tokens
 * that several rules ask (is this word part of a name, where does its clause start).
 */
final class SentenceText {

    private static final String QUOTE_MARKS = "\"“”‘’'«»„‟‹›";
    private static final String CLAUSE_BREAKS = ":;—–…";

    /**
     * A run of letters and digits in the folded text: where a word-list form can start, and the key word lists
     * are indexed by.
     *
     * @param offset where the run starts in the text
     * @param run the letters and digits, folded
     */
    record WordRun(int offset, String run) {
    }

    private final Sentence sentence;
    private final String folded;
    private final boolean titleCase;
    private final List<WordRun> runs;

    SentenceText(Sentence sentence) {
        this.sentence = sentence;
        this.folded = fold(sentence.text());
        this.titleCase = detectTitleCase(sentence.tokens());
        this.runs = runs(folded);
    }

    /** The sentence this text belongs to. */
    Sentence sentence() {
        return sentence;
    }

    /** The tokens of the sentence. */
    List<Token> tokens() {
        return sentence.tokens();
    }

    /** The text in lower case with straight apostrophes and plain hyphens, offsets unchanged. */
    String folded() {
        return folded;
    }

    /** The runs of letters and digits of the folded text, in text order. */
    List<WordRun> runs() {
        return runs;
    }

    /** Whether most longer words are capitalised, as in a headline or subhead in title case. */
    boolean titleCase() {
        return titleCase;
    }

    /** The index of the first token ending after {@code offset}, or -1. */
    int firstTokenFrom(int offset) {
        List<Token> tokens = tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last token starting before {@code offset}, or -1. */
    int lastTokenBefore(int offset) {
        List<Token> tokens = tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < offset) {
                return i;
            }
        }
        return -1;
    }

    /** The token after {@code index}, or null at the end. */
    Token after(int index) {
        return index + 1 < tokens().size() ? tokens().get(index + 1) : null;
    }

    /** The token before {@code index}, or null at the start. */
    Token before(int index) {
        return index > 0 ? tokens().get(index - 1) : null;
    }

    /**
     * Whether the word at {@code index} is part of a proper name ("Massive Attack", "the Grim Reaper"): a
     * capitalised word inside the sentence, or a capitalised opening word followed by another capitalised noun.
     * Title-case headlines and words in capitals for emphasis are never taken for names.
     */
    boolean inName(int index) {
        Token token = tokens().get(index);
        if (titleCase || !capitalised(token.text()) || allCapitals(token.text())) {
            return false;
        }
        if (!opensClause(index)) {
            return true;
        }
        Token next = after(index);
        return next != null && capitalised(next.text()) && !allCapitals(next.text())
                && (next.hasTag("PROPN") || next.hasTag("NOUN"));
    }

    /** Whether the token at {@code index} is the first word of the sentence or follows an opening mark or colon. */
    boolean opensClause(int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token t = tokens().get(i);
            if (t.isWord()) {
                return false;
            }
            if (isQuoteMark(t) || "([:—–-".contains(t.text())) {
                return true;
            }
        }
        return true;
    }

    /**
     * The first token of the clause that ends at {@code index}: after the nearest colon, semicolon, dash,
     * ellipsis, sentence-ending mark or change between quoted and unquoted text, skipping opening marks.
     */
    int clauseStart(int index) {
        List<Token> tokens = tokens();
        boolean quoted = tokens.get(index).quoted();
        int start = 0;
        for (int i = index - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            boolean breaks = CLAUSE_BREAKS.contains(t.text()) || t.text().equals("...")
                    || t.text().equals(".") || t.text().equals("?") || t.text().equals("!")
                    || (t.isWord() && t.quoted() != quoted) || (isQuoteMark(t) && !quoted);
            if (breaks) {
                start = i + 1;
                break;
            }
        }
        while (start < index && !tokens.get(start).isWord()) {
            start++;
        }
        return start;
    }

    /** Whether the token is a quotation mark of any style. */
    static boolean isQuoteMark(Token token) {
        return isQuoteMark(token.text());
    }

    /** Whether the text is made of quotation marks only. */
    static boolean isQuoteMark(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> QUOTE_MARKS.indexOf(c) >= 0);
    }

    /** Whether the word starts with a capital letter. */
    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Whether the word has at least two letters, all capitals ("US", "DESPITE"). */
    static boolean allCapitals(String word) {
        long letters = word.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A token as word lists spell it: lower case, straight apostrophes, plain hyphens. */
    static String normalised(Token token) {
        return fold(token.text());
    }

    /** Text folded for matching without changing its length. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '’', '‘', 'ʼ', '′', '`' -> out.append('\'');
                case '‐', '‑', '‒' -> out.append('-');
                case '\u00a0', '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The run of letters and digits a text opens with; empty when its first character is neither. */
    static String leadingRun(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static List<WordRun> runs(String text) {
        List<WordRun> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            runs.add(new WordRun(start, text.substring(start, i)));
        }
        return List.copyOf(runs);
    }

    private static boolean detectTitleCase(List<Token> tokens) {
        int longer = 0;
        int capital = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.text().codePoints().filter(Character::isLetter).count() >= 4) {
                longer++;
                if (capitalised(t.text())) {
                    capital++;
                }
            }
        }
        return longer >= 2 && capital * 10 >= longer * 7;
    }
}
