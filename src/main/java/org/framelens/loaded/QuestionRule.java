package org.framelens.loaded;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framelens.annotate.AnnotatedArticle;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;
import org.framelens.lexicon.WordList;

/**
 * Finds rhetorical questions. The rule, in the order it is applied to each question (the clause ending in "?"):
 * <ol>
 *   <li>a quoted question reported with "asked" or "wondered" is a real question put to someone: not rhetorical;</li>
 *   <li>a set phrase ("Who knows?", "Why not?", "Is it any wonder...") or a negative yes/no question ("Isn't it
 *       time...?") is rhetorical;</li>
 *   <li>a subhead in title case (a short paragraph of its own inside the article: "Can Kyiv Hold On?") is a
 *       signpost to the section it opens: not rhetorical;</li>
 *   <li>a question whose next sentence opens like an answer ("The answer...", "No.", "Probably not") is
 *       answered: not rhetorical;</li>
 *   <li>a wh-question (what, why, how...) of the outlet's followed by more text is one the article goes on to
 *       address, as is a subhead like "What's next?": not rhetorical; as the article's last sentence nobody
 *       answers it: rhetorical. A source's quoted wh-question is not the article's to answer: rhetorical;</li>
 *   <li>any other question, a yes/no question the text leaves hanging, is rhetorical. A yes/no headline
 *       ("Did the peace plan stall?") counts: the article implies the answer rather than giving it.</li>
 * </ol>
 * The cue is the question's clause; its voice is the outlet's or, inside quotation marks, the source's.
 */
final class QuestionRule implements CueRule {

    /** Longest subhead, in words. */
    private static final int SUBHEAD_WORDS = 10;
    private static final Set<String> WH_WORDS = Set.of("what", "why", "how", "who", "whom", "whose", "which", "where",
            "when", "what's", "who's", "how's", "where's", "why's");
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("and", "but", "so", "or", "then", "yet", "now");
    private static final Set<String> ANSWER_LEAD_INS = Set.of("so", "well", "and");

    private final WordMatcher rhetoricalPhrases;
    private final List<String> answerOpeners;
    private final Set<String> askingVerbs;

    QuestionRule() {
        this.rhetoricalPhrases = WordMatcher.load(LoadedKind.RHETORICAL_QUESTION, "rhetorical-questions.txt");
        this.answerOpeners = WordList.lines(QuestionRule.class, "answer-openers.txt").stream()
                .map(SentenceText::fold).toList();
        this.askingVerbs = WordList.set(QuestionRule.class, "asking-verbs.txt");
    }

    @Override
    public List<LoadedCue> find(SentenceText text, AnnotatedArticle article) {
        List<LoadedCue> cues = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().contains("?") && !tokens.get(i).isWord()) {
                int start = text.clauseStart(i);
                if (start < i && isRhetorical(text, start, i, article)) {
                    cues.add(LoadedCue.upToMark(text, LoadedKind.RHETORICAL_QUESTION, start, i, '?'));
                }
            }
        }
        return cues;
    }

    private boolean isRhetorical(SentenceText text, int start, int mark, AnnotatedArticle article) {
        List<Token> tokens = text.tokens();
        boolean quoted = tokens.get(start).quoted();
        if (quoted && tokens.stream().anyMatch(t -> !t.quoted() && askingVerbs.contains(t.lower()))) {
            return false;
        }
        int startChar = tokens.get(start).start();
        int endChar = tokens.get(mark).end();
        if (rhetoricalPhrases.find(text).stream().anyMatch(m -> m.start() >= startChar && m.end() <= endChar)) {
            return true;
        }
        int opener = firstWord(tokens, start, mark);
        if (opener < 0) {
            return false;
        }
        Token first = tokens.get(opener);
        if (first.hasTag("AUX") && first.hasTag("PART") || first.lower().endsWith("n't") || first.lower().endsWith("n’t")) {
            return true;
        }
        Sentence sentence = text.sentence();
        if (!quoted && text.titleCase() && isSubhead(sentence, article)) {
            return false;
        }
        Sentence next = next(sentence, article);
        if (next != null && opensWithAnswer(next)) {
            return false;
        }
        if (isWhQuestion(tokens, opener, mark)) {
            return quoted || next == null;
        }
        return true;
    }

    /** Whether the question opens with a wh-word, or puts one after its last comma ("If Russia refuses, what then?"). */
    private static boolean isWhQuestion(List<Token> tokens, int opener, int mark) {
        if (WH_WORDS.contains(SentenceText.normalised(tokens.get(opener)))) {
            return true;
        }
        for (int i = mark - 1; i > opener; i--) {
            if (tokens.get(i).text().equals(",")) {
                return i + 1 < mark && WH_WORDS.contains(SentenceText.normalised(tokens.get(i + 1)));
            }
        }
        return false;
    }

    /** The first word of the question after a leading "and", "but" or "so", or -1. */
    private static int firstWord(List<Token> tokens, int start, int mark) {
        for (int i = start; i < mark; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !LEADING_CONJUNCTIONS.contains(t.lower())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the sentence is a short paragraph of its own inside the article, not its headline or last line. */
    private static boolean isSubhead(Sentence sentence, AnnotatedArticle article) {
        List<Sentence> all = article.sentences();
        int position = all.indexOf(sentence);
        if (position <= 0 || position == all.size() - 1 || sentence.wordCount() > SUBHEAD_WORDS) {
            return false;
        }
        return all.stream().filter(s -> s.paragraph() == sentence.paragraph()).count() == 1;
    }

    /** The sentence after this one in the article, or null. */
    private static Sentence next(Sentence sentence, AnnotatedArticle article) {
        List<Sentence> all = article.sentences();
        int position = all.indexOf(sentence);
        return position >= 0 && position + 1 < all.size() ? all.get(position + 1) : null;
    }

    /** Whether the sentence opens like an answer to the question before it. */
    private boolean opensWithAnswer(Sentence sentence) {
        String folded = SentenceText.fold(sentence.text()).replaceAll("^[\\s\"'“”«»(]+", "");
        for (String lead : ANSWER_LEAD_INS) {
            if (folded.startsWith(lead + ", ") || folded.startsWith(lead + " ")) {
                String rest = folded.substring(lead.length()).replaceAll("^[,\\s]+", "");
                if (answerOpeners.stream().anyMatch(a -> opensWith(rest, a))) {
                    return true;
                }
            }
        }
        return answerOpeners.stream().anyMatch(a -> opensWith(folded, a));
    }

    private static boolean opensWith(String text, String phrase) {
        return text.startsWith(phrase)
                && (text.length() == phrase.length() || !Character.isLetterOrDigit(text.charAt(phrase.length())));
    }
}
