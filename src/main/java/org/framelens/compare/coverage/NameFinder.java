package org.framelens.compare.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.annotate.Sentence;

/**
 * Finds the names a sentence mentions, as runs of capitalised name words, and the named events among them
 * ("Alaska summit"). Titles are cut off the front of a person's name ("U.S. Army Secretary Dan Driscoll" is
 * Dan Driscoll); nationality words alone are no name ("Russian officials").
 *
 * <p>Capitals decide more than tags: the tagger often reads unfamiliar names as verbs or prepositions.
 */
final class NameFinder {

    /** What one sentence mentions: names, and events named after them. */
    record Found(List<NameMention> names, List<KeyedMention> events) {
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final CoverageLexicon lexicon;
    private final CaseEvidence evidence;
    private final SentenceWords sentenceWords;

    NameFinder(CoverageLexicon lexicon, CaseEvidence evidence) {
        this.lexicon = lexicon;
        this.evidence = evidence;
        this.sentenceWords = new SentenceWords(lexicon);
    }

    /** The names and events in one sentence, in text order. */
    Found find(Sentence sentence) {
        List<Word> words = sentenceWords.of(sentence);
        boolean headline = evidence.headline(words);
        List<NameMention> names = new ArrayList<>();
        List<KeyedMention> events = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isNameWord(words, i, headline)) {
                i++;
                continue;
            }
            int end = runEnd(words, i, headline);
            readRun(words, i, end, sentence.index(), names, events);
            i = end + 1;
        }
        return new Found(List.copyOf(names), List.copyOf(events));
    }

    /**
     * Whether the word can be part of a name here. At a sentence's start, or in a headline, a capital proves
     * nothing: there the word must be capitalised elsewhere in the articles, or be tagged a proper noun and
     * either never written in lower case or followed by another name word ("Alexandra Filippenko said").
     * A function word capitalised inside a sentence is a name only before another name ("Premier He Lifeng").
     */
    boolean isNameWord(List<Word> words, int i, boolean headline) {
        Word w = words.get(i);
        if (w.punctuation() || !w.capitalised() || w.text().codePoints().filter(Character::isLetter).count() < 2) {
            return false;
        }
        String lower = w.lower();
        if (lexicon.isCalendarWord(lower)) {
            return false;
        }
        if (w.acronym()) {
            return true;
        }
        if (CaseEvidence.NOT_NAME_TAGS.contains(w.tag()) || lexicon.stopWords().contains(lower)) {
            boolean midSentence = !w.initial() && !headline && !w.shouted() && !ARTICLES.contains(lower)
                    && !w.tag().equals("DET") && !w.tag().equals("NUM");
            return midSentence && nameFollows(words, i, false);
        }
        if (w.initial() || headline || w.shouted()) {
            boolean properNoun = !headline && !w.shouted() && w.tag().equals("PROPN");
            return evidence.capitalised().contains(lower)
                    || properNoun && (!evidence.lowerCase().contains(lower) || nameFollows(words, i, false));
        }
        return true;
    }

    /** Whether a name word follows straight on: "Alexandra Filippenko" may open a sentence. */
    private boolean nameFollows(List<Word> words, int i, boolean headline) {
        return !words.get(i).closesName() && i + 1 < words.size() && !words.get(i + 1).breakBefore()
                && isNameWord(words, i + 1, headline);
    }

    /** The last word of the name run starting at {@code start}. */
    private int runEnd(List<Word> words, int start, boolean headline) {
        int end = start;
        while (end + 1 < words.size()) {
            int next = end + 1;
            if (words.get(end).closesName()) {
                if (organisationAfterPossessive(words, end, next, headline)) {
                    end = next;
                    continue;
                }
                break;
            }
            if (isNameWord(words, next, headline) && (!words.get(next).breakBefore() || hyphenatedName(words.get(next)))) {
                end = next;
                continue;
            }
            int afterParticles = next;
            while (afterParticles < words.size() && !words.get(afterParticles).capitalised()
                    && lexicon.nameParticles().contains(words.get(afterParticles).lower())) {
                afterParticles++;
            }
            if (afterParticles > next && afterParticles < words.size() && isNameWord(words, afterParticles, headline)) {
                end = afterParticles;
                continue;
            }
            int organisationEnd = organisationAfterAnd(words, next, headline);
            if (organisationEnd > next && !namesAnInstitution(words, start, end)) {
                end = organisationEnd;
                continue;
            }
            if (CoverageLexicon.NAME_CONNECTORS.contains(words.get(next).lower()) && namesAnInstitution(words, start, end)) {
                int k = next + 1;
                if (k < words.size() && words.get(k).lower().equals("the")) {
                    k++;
                }
                if (k < words.size() && !words.get(k).breakBefore() && isNameWord(words, k, headline)) {
                    end = k;
                    continue;
                }
            }
            break;
        }
        return end;
    }

    /**
     * Whether a possessive continues into an organisation's name ("Longshoremen's Association"), which it
     * does not after a known place ("Russia's Defence Ministry" names Russia and its ministry).
     */
    private boolean organisationAfterPossessive(List<Word> words, int end, int next, boolean headline) {
        Word owner = words.get(end);
        Word after = words.get(next);
        return owner.possessive() && owner.capitalised() && !after.breakBefore() && isNameWord(words, next, headline)
                && lexicon.organisationWords().contains(after.lower()) && lexicon.gazetteer().place(owner.text()).isEmpty();
    }

    /**
     * Whether a hyphen joins this word into one name with the word before ("Ben-Gvir"), rather than pairing two
     * names ("Russia-Ukraine", "Trump-Putin"): the word is no known place and never stands alone in the articles.
     */
    private boolean hyphenatedName(Word word) {
        return word.joint() == Word.Joint.HYPHEN && !evidence.standalone().contains(word.lower())
                && lexicon.gazetteer().place(word.text()).isEmpty();
    }

    /**
     * The end of an organisation's name that "and" at {@code and} continues ("Defense and Security
     * Department"), or -1: the words after "and" must end in an organisation word.
     */
    private int organisationAfterAnd(List<Word> words, int and, boolean headline) {
        if (!words.get(and).lower().equals("and")) {
            return -1;
        }
        int m = and + 1;
        while (m < words.size() && !words.get(m).breakBefore() && isNameWord(words, m, headline)) {
            m++;
        }
        return m > and + 1 && lexicon.organisationWords().contains(words.get(m - 1).lower()) ? m - 1 : -1;
    }

    /** Whether the run so far holds an organisation word or a title, which "of", "for" and "on" may extend. */
    private boolean namesAnInstitution(List<Word> words, int start, int end) {
        List<String> lower = lowers(words.subList(start, end + 1));
        for (int p = 0; p < lower.size(); p++) {
            if (lexicon.organisationWords().contains(lower.get(p)) || lexicon.titleAt(lower, p) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Reads the name (and any event) in the run from {@code start} to {@code end}. */
    private void readRun(List<Word> words, int start, int end, int sentence, List<NameMention> names,
                         List<KeyedMention> events) {
        List<Word> run = words.subList(start, end + 1);
        List<String> lower = lowers(run);
        int lastTitleEnd = -1;
        for (int p = 0; p < lower.size(); p++) {
            int length = lexicon.titleAt(lower, p);
            if (length > 0) {
                lastTitleEnd = p + length;
                p += length - 1;
            }
        }
        boolean titled = titleEndsAt(words, start - 1);
        List<Word> name = run;
        if (lastTitleEnd > 0) {
            List<Word> rest = withoutLeadingConnectors(run.subList(lastTitleEnd, run.size()));
            if (!rest.isEmpty()) {
                name = rest;
                titled = !holdsAny(rest, lexicon.organisationWords()) && !holdsAny(rest, lexicon.placeWords());
            } else if (!holdsAny(run, lexicon.organisationWords())) {
                name = List.of();
            }
        }
        Word last = run.get(run.size() - 1);
        Word after = end + 1 < words.size() ? words.get(end + 1) : null;
        if (readEvent(name, last, after, sentence, events)) {
            return;
        }
        name = withoutLeadingNationality(name);
        if (name.isEmpty()) {
            return;
        }
        boolean plainRun = lastTitleEnd < 0 && name.get(0) == run.get(0);
        int before = start > 0 && words.get(start - 1).lower().equals("the") ? start - 2 : start - 1;
        boolean afterPreposition = plainRun && !titled && before >= 0
                && lexicon.placePrepositions().contains(words.get(before).lower());
        boolean placeNounAfter = after != null && !last.closesName() && !after.punctuation() && !after.capitalised()
                && lexicon.isPlaceWord(after.lower());
        boolean place = lexicon.placeWords().contains(name.get(name.size() - 1).lower()) || placeNounAfter
                || describedAsPlace(words, end);
        boolean properNoun = name.stream().anyMatch(w -> w.tag().equals("PROPN"));
        names.add(new NameMention(text(name), sentence, titled, afterPreposition, place, properNoun,
                plainRun && afterArticle(words, start, end)));
    }

    /**
     * Adds the event the name makes with an event noun after it ("Alaska summit", "Russian invasion") or at
     * its own end ("Munich Security Conference"); returns whether the whole name is the event, and so no name.
     */
    private boolean readEvent(List<Word> name, Word last, Word after, int sentence, List<KeyedMention> events) {
        if (name.isEmpty()) {
            return false;
        }
        if (after != null && !last.closesName() && !after.punctuation() && !after.breakBefore()
                && lexicon.isEventNoun(after.lower())) {
            String nameText = text(name);
            events.add(new KeyedMention(CoverageItem.Kind.EVENT, nameText.toLowerCase(Locale.ROOT) + " "
                    + eventLemma(after.lower()), nameText + " " + after.lower(), nameText, sentence));
            return false;
        }
        if (name.size() >= 2 && lexicon.isEventNoun(name.get(name.size() - 1).lower())
                && !holdsAny(name, lexicon.organisationWords())) {
            String label = text(name);
            events.add(new KeyedMention(CoverageItem.Kind.EVENT, label.toLowerCase(Locale.ROOT), label, null, sentence));
            return true;
        }
        return false;
    }

    /**
     * Whether "the" stands before the run and the run is not a modifier of a noun after it: "told the Kyiv
     * Independent", "the Kremlin's demands", but not "the Trump administration".
     */
    private static boolean afterArticle(List<Word> words, int start, int end) {
        if (start == 0 || !words.get(start - 1).lower().equals("the")) {
            return false;
        }
        Word last = words.get(end);
        if (last.closesName() || end + 1 >= words.size()) {
            return true;
        }
        Word after = words.get(end + 1);
        if (after.breakBefore()) {
            return false;
        }
        boolean modifies = !after.punctuation() && !after.capitalised()
                && (after.tag().equals("NOUN") || after.tag().equals("ADJ") || after.tag().equals("PROPN"));
        return !modifies;
    }

    /** Whether a title phrase ends at word {@code index} ("special envoy" before "Steve Witkoff"). */
    private boolean titleEndsAt(List<Word> words, int index) {
        if (index < 0 || words.get(index).punctuation()) {
            return false;
        }
        for (int from = Math.max(0, index - 3); from <= index; from++) {
            List<String> lower = lowers(words.subList(from, index + 1));
            if (lexicon.titleAt(lower, 0) == lower.size()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma and an article open a description whose head is a place noun ("Pokrovsk, a key town in"). */
    private boolean describedAsPlace(List<Word> words, int end) {
        int k = end + 1;
        if (k + 1 >= words.size() || !words.get(k).text().equals(",") || !ARTICLES.contains(words.get(k + 1).lower())) {
            return false;
        }
        for (int p = k + 2; p < Math.min(words.size(), k + 7); p++) {
            Word w = words.get(p);
            if (w.punctuation() || w.capitalised()) {
                return false;
            }
            if (lexicon.placeWords().contains(w.lower()) && !w.closesName()) {
                boolean head = p + 1 >= words.size() || words.get(p + 1).punctuation()
                        || words.get(p + 1).tag().equals("ADP") || lexicon.stopWords().contains(words.get(p + 1).lower());
                if (head) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Word> withoutLeadingConnectors(List<Word> words) {
        int from = 0;
        while (from < words.size() && (CoverageLexicon.NAME_CONNECTORS.contains(words.get(from).lower())
                || words.get(from).lower().equals("the"))) {
            from++;
        }
        return words.subList(from, words.size());
    }

    /** "Russian Vladimir Putin" is Vladimir Putin, but "European Council on Foreign Relations" stays whole. */
    private List<Word> withoutLeadingNationality(List<Word> words) {
        if (holdsAny(words, lexicon.organisationWords()) || holdsAny(words, lexicon.placeWords())) {
            return words;
        }
        int from = 0;
        while (from < words.size() && lexicon.nationalities().contains(words.get(from).lower())) {
            from++;
        }
        return words.subList(from, words.size());
    }

    private String eventLemma(String lower) {
        return lexicon.eventNouns().contains(lower) ? lower : lower.substring(0, lower.length() - 1);
    }

    private static boolean holdsAny(List<Word> words, Set<String> list) {
        return words.stream().anyMatch(w -> list.contains(w.lower()));
    }

    private static List<String> lowers(List<Word> words) {
        return words.stream().map(Word::lower).toList();
    }

    /** The words as one name: hyphens kept, a possessive inside kept ("Longshoremen's Association"). */
    private static String text(List<Word> words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0) {
                text.append(w.joint() == Word.Joint.HYPHEN ? "-" : " ");
            }
            text.append(w.text());
            if (w.possessive() && i < words.size() - 1) {
                text.append("'s");
            }
        }
        return text.toString();
    }
}
