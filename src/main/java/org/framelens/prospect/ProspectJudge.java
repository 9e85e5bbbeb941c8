package org.framelens.prospect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framelens.annotate.Sentence;
import org.framelens.annotate.Token;
import org.framelens.lexicon.WordList;
import org.framelens.subject.SubjectMatcher;

/**
 * Labels a sentence optimistic, pessimistic, neutral or none about the subject's chances, from the word
 * lists {@code optimistic.txt} and {@code pessimistic.txt} read over the tagged sentence, the way a careful
 * reader weighs them: a negation turns a cue round ("not a breakthrough"), what follows "but" outweighs
 * what came before, a concession ("despite ...") or a condition ("if ...") counts for half, and a hedge
 * keeps a prediction's direction ("unlikely to end" stays pessimistic).
 */
public final class ProspectJudge {

    /** A sentence leans one way when its cues add up to at least this much. */
    static final double LEANING = 0.5;
    private static final double AFTER_CONTRAST = 2.0;
    private static final double BEFORE_CONTRAST = 0.5;
    private static final double IN_CONCESSION = 0.5;
    private static final double IN_CONDITION = 0.2;
    private static final int NEGATION_REACH = 3;
    /** Cues this strong speak of negotiations on their own ("no incentive", "approaching a deal"). */
    private static final double STRONG = 1.5;
    private static final int SCARE_QUOTE_WORDS = 3;

    private final Map<String, List<ProspectPhrase>> byFirstWord;
    private final Map<String, String> clauseWords;
    private final java.util.Set<String> topicWords;

    public ProspectJudge() {
        Map<String, List<ProspectPhrase>> index = new HashMap<>();
        for (String line : WordList.lines(ProspectJudge.class, "optimistic.txt")) {
            add(index, ProspectPhrase.parse(line, +1));
        }
        for (String line : WordList.lines(ProspectJudge.class, "pessimistic.txt")) {
            add(index, ProspectPhrase.parse(line, -1));
        }
        index.values().forEach(list -> list.sort(Comparator.comparingInt((ProspectPhrase p) -> -p.words().size())));
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
        Map<String, String> roles = new HashMap<>();
        for (String line : WordList.lines(ProspectJudge.class, "clause-words.txt")) {
            String[] parts = line.split("\t");
            roles.put(parts[0].strip(), parts[1].strip());
        }
        this.clauseWords = Map.copyOf(roles);
        this.topicWords = WordList.set(ProspectJudge.class, "topic-words.txt");
    }

    private static void add(Map<String, List<ProspectPhrase>> index, ProspectPhrase phrase) {
        index.computeIfAbsent(phrase.words().get(0), k -> new ArrayList<>()).add(phrase);
    }

    /** Whether a sentence speaks of the subject or of negotiating at all. */
    public boolean onTopic(Sentence sentence, SubjectMatcher subject) {
        if (subject.mentions(sentence.tokens())) {
            return true;
        }
        for (Token t : sentence.tokens()) {
            if (topicWords.contains(SubjectMatcher.singularOf(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The prospect of one sentence. {@code subject} tells whether it names the subject; {@code topical} whether
     * its paragraph speaks of the subject or of negotiating, without which only strong cues count.
     */
    public SentenceProspect judge(Sentence sentence, SubjectMatcher subject, boolean topical) {
        List<Token> tokens = sentence.tokens();
        double[] clauseWeight = clauseWeights(tokens);
        List<ProspectCue> cues = new ArrayList<>();
        double score = 0;
        double quotedWeight = 0;
        double ownWeight = 0;
        int i = 0;
        while (i < tokens.size()) {
            ProspectPhrase phrase = matchAt(tokens, i);
            if (phrase == null) {
                i++;
                continue;
            }
            int last = i + phrase.words().size() - 1;
            if (!topical && phrase.weight() < STRONG) {
                i = last + 1;
                continue;
            }
            boolean negated = !role(phrase.words().get(0)).equals("negation") && negatedBefore(tokens, i);
            int direction = negated ? -phrase.direction() : phrase.direction();
            double weight = scareQuoted(sentence, tokens, i, last) && direction > 0 ? 0 : phrase.weight() * clauseWeight[i];
            Token first = tokens.get(i);
            cues.add(new ProspectCue(sentence.text().substring(first.start(), tokens.get(last).end()), first.start(),
                    tokens.get(last).end(), direction, weight, negated, first.quoted()));
            score += direction * weight;
            if (first.quoted()) {
                quotedWeight += weight;
            } else {
                ownWeight += weight;
            }
            i = last + 1;
        }
        Prospect prospect;
        if (score >= LEANING) {
            prospect = Prospect.OPTIMISTIC;
        } else if (score <= -LEANING) {
            prospect = Prospect.PESSIMISTIC;
        } else if (!cues.isEmpty() || onTopic(sentence, subject)) {
            prospect = Prospect.NEUTRAL;
        } else {
            prospect = Prospect.NONE;
        }
        boolean quoted = cues.isEmpty() ? sentence.voice() == org.framelens.annotate.Voice.QUOTED : quotedWeight > ownWeight;
        return new SentenceProspect(sentence.index(), prospect, score, quoted, cues, false);
    }

    /**
     * Whether the cue is a word or two the outlet sets in quotation marks inside its own sentence (a "“constructive”
     * meeting"): such marks keep the claim at a distance, so a hopeful word there does not count as hope.
     */
    private static boolean scareQuoted(Sentence sentence, List<Token> tokens, int first, int last) {
        if (sentence.voice() != org.framelens.annotate.Voice.MIXED || !tokens.get(first).quoted()) {
            return false;
        }
        int from = first;
        while (from > 0 && tokens.get(from - 1).quoted()) {
            from--;
        }
        int to = last;
        while (to + 1 < tokens.size() && tokens.get(to + 1).quoted()) {
            to++;
        }
        long words = tokens.subList(from, to + 1).stream().filter(Token::isWord).count();
        return words <= SCARE_QUOTE_WORDS;
    }

    private ProspectPhrase matchAt(List<Token> tokens, int i) {
        List<ProspectPhrase> candidates = byFirstWord.get(tokens.get(i).lower().replace('’', '\''));
        if (candidates == null) {
            return null;
        }
        for (ProspectPhrase p : candidates) {
            if (p.matchesAt(tokens, i)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether a negation governs the cue at {@code at}: it stands within three words before it with only
     * articles, adjectives, adverbs and auxiliaries between ("not a breakthrough", "no real progress", "not
     * fully convinced", "would not have been accepted"), not across a verb ("did not need to agree").
     */
    private boolean negatedBefore(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 0 && i >= at - NEGATION_REACH; i--) {
            Token t = tokens.get(i);
            String word = t.lower().replace('’', '\'');
            if (role(word).equals("negation") || word.endsWith("n't")) {
                return true;
            }
            if (!(t.hasTag("DET") || t.hasTag("ADJ") || t.hasTag("ADV") || t.hasTag("AUX"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * How much a cue at each token counts: doubled after the last contrast word, halved before it, and
     * halved inside a concession clause and cut to a fifth inside a condition (up to the next comma).
     */
    private double[] clauseWeights(List<Token> tokens) {
        double[] weights = new double[tokens.size()];
        java.util.Arrays.fill(weights, 1.0);
        int contrast = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (role(tokens.get(i).lower()).equals("contrast") && i > 0) {
                contrast = i;
            }
        }
        if (contrast > 0) {
            for (int i = 0; i < tokens.size(); i++) {
                weights[i] = i > contrast ? AFTER_CONTRAST : BEFORE_CONTRAST;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String role = role(tokens.get(i).lower());
            if (role.equals("concession") || role.equals("condition")) {
                double factor = role.equals("condition") ? IN_CONDITION : IN_CONCESSION;
                for (int j = i + 1; j < tokens.size() && !tokens.get(j).text().equals(","); j++) {
                    weights[j] *= factor;
                }
            }
        }
        return weights;
    }

    private String role(String word) {
        return clauseWords.getOrDefault(word, "");
    }
}
