package org.framelens.compare.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;

/**
 * Turns a sentence's tokens into {@link Word}s, cleaning the token edges that hide names. A token with a
 * letter or digit is a word even where the tagger calls it punctuation ("-Ukraine", "war-hawk").
 */
final class SentenceWords {

    private static final Pattern POSSESSIVE = Pattern.compile("(?i)['’]s$|(?<=s)['’]$");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[-–—“”‘’\"']+|[-–—“”\"]+$");
    private static final Pattern LOWER_CASE_PART = Pattern.compile("[-–]\\p{Ll}");
    private static final Set<String> OPENING_QUOTES = Set.of("“", "‘", "«");
    private static final Set<String> STRAIGHT_QUOTES = Set.of("\"", "'");
    private static final Set<String> CLAUSE_OPENERS = Set.of(":", "(", "[");

    private final CoverageLexicon lexicon;

    SentenceWords(CoverageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The sentence's words in order, one per token except that "A/B" gives two and a glued "-" none. */
    List<Word> of(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Word> words = new ArrayList<>();
        boolean opening = true;
        boolean hyphenPending = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!hasLetterOrDigit(token.text())) {
                if (isDash(token.text()) && gluedBefore(tokens, i) && gluedAfter(tokens, i)) {
                    hyphenPending = true;
                    continue;
                }
                words.add(Word.punctuation(token.text()));
                opening = opening || opensQuotation(tokens, i) || CLAUSE_OPENERS.contains(token.text());
                hyphenPending = false;
                continue;
            }
            boolean shouted = shouted(tokens, i);
            String raw = token.text();
            boolean hyphenBefore = hyphenPending || isDash(raw.substring(0, 1));
            hyphenPending = isDash(raw.substring(raw.length() - 1)) && gluedAfter(tokens, i);
            String text = EDGE_MARKS.matcher(raw).replaceAll("");
            boolean possessive = POSSESSIVE.matcher(text).find() && text.length() > 2;
            if (possessive) {
                text = POSSESSIVE.matcher(text).replaceFirst("");
            }
            boolean closesName = possessive;
            Matcher modifier = LOWER_CASE_PART.matcher(text);
            if (modifier.find() && modifier.start() > 0 && Character.isUpperCase(text.codePointAt(0))) {
                text = text.substring(0, modifier.start());
                closesName = true;
            }
            String withoutStop = withoutClosingStop(text);
            boolean closingStop = !withoutStop.equals(text);
            text = withoutStop;
            if (shouted) {
                text = titleCase(text);
            }
            String tag = token.isWord() ? baseTag(token.tag()) : "X";
            String[] parts = text.split("/");
            for (int p = 0; p < parts.length; p++) {
                if (!parts[p].isEmpty()) {
                    boolean last = p == parts.length - 1;
                    Word.Joint joint = p > 0 ? Word.Joint.SLASH : hyphenBefore ? Word.Joint.HYPHEN : Word.Joint.SPACE;
                    words.add(new Word(parts[p], tag, false, possessive && last, closesName && last, joint,
                            opening && p == 0, shouted));
                }
            }
            if (closingStop) {
                words.add(Word.punctuation("."));
            }
            opening = false;
        }
        return words;
    }

    private static boolean isDash(String text) {
        return text.equals("-") || text.equals("–");
    }

    private static boolean gluedBefore(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
    }

    private static boolean gluedAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    /** Whether the token opens a quotation: a curly opening mark, or a straight one glued to the word after. */
    private static boolean opensQuotation(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        if (OPENING_QUOTES.contains(text)) {
            return true;
        }
        if (!STRAIGHT_QUOTES.contains(text) || i + 1 >= tokens.size()) {
            return false;
        }
        boolean gluedAfter = tokens.get(i + 1).start() == tokens.get(i).end();
        boolean gluedBefore = i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
        return gluedAfter && !gluedBefore;
    }

    /** "Dmitriev." loses its full stop; "U.S.", "Nov." and "Dr." keep theirs. */
    private String withoutClosingStop(String text) {
        if (!text.endsWith(".") || text.length() < 3 || text.indexOf('.') < text.length() - 1) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lexicon.isCalendarWord(lower.substring(0, lower.length() - 1)) || lexicon.titleAt(List.of(lower), 0) > 0
                || lexicon.organisationWords().contains(lower)) {
            return text;
        }
        return text.substring(0, text.length() - 1);
    }

    /** Whether the token is in capitals next to another word in capitals: a shouted stretch, not an acronym. */
    private static boolean shouted(List<Token> tokens, int i) {
        if (!allCapitals(tokens.get(i).text())) {
            return false;
        }
        return i > 0 && allCapitals(tokens.get(i - 1).text())
                || i + 1 < tokens.size() && allCapitals(tokens.get(i + 1).text());
    }

    private static boolean allCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && text.indexOf('.') < 0;
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String titleCase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    private static String baseTag(String tag) {
        int plus = tag.indexOf('+');
        return plus < 0 ? tag : tag.substring(0, plus);
    }
}
