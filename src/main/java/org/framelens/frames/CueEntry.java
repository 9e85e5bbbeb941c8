package org.framelens.frames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a frame's cue list: the words, how much they weigh, the group of related cues it belongs to, and
 * the conditions its context must meet.
 *
 * @param frame the frame the cue speaks for
 * @param words the word slots, in order
 * @param weight 2 strong, 1 weak, 0 a blocker (a phrase that takes its words out of the frame: "strike a deal")
 * @param group cues of one group count once per sentence (the entry's own text when the line names none)
 * @param conditions the context tests that must hold
 */
record CueEntry(Frame frame, List<CueWord> words, int weight, String group, Set<CueCondition> conditions) {

    /** Quotation marks a gap may pass over. */
    private static final String QUOTE_MARKS = "\"'“”‘’«»";

    CueEntry {
        words = List.copyOf(words);
        conditions = Set.copyOf(conditions);
    }

    /** Parses a line such as {@code cost|costs/NOUN<TAB>2<TAB>group:money}; an error names the bad line. */
    static CueEntry parse(Frame frame, String line) {
        String[] parts = line.split("\t+");
        if (parts.length < 2) {
            throw new IllegalArgumentException(frame.listName() + ": no weight on line '" + line + "'");
        }
        List<CueWord> words = new ArrayList<>();
        for (String item : parts[0].trim().split("\\s+")) {
            words.add(CueWord.parse(item));
        }
        if (words.get(0).gap() || words.get(words.size() - 1).gap()) {
            throw new IllegalArgumentException(frame.listName() + ": a gap must stand between words on line '" + line + "'");
        }
        int weight;
        try {
            weight = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(frame.listName() + ": weight is not a number on line '" + line + "'");
        }
        String group = parts[0].trim();
        Set<CueCondition> conditions = new HashSet<>();
        if (parts.length > 2) {
            for (String option : parts[2].split(",")) {
                String o = option.trim();
                if (o.startsWith("group:")) {
                    group = o;
                } else if (!o.isEmpty()) {
                    conditions.add(CueCondition.byLabel(o));
                }
            }
        }
        return new CueEntry(frame, words, weight, group, conditions);
    }

    /** The index of the last word of a match starting at {@code first}, or -1 when the entry does not match there. */
    int matchAt(List<SentenceWord> sentence, int first) {
        int last = match(sentence, first, 0);
        if (last < 0) {
            return -1;
        }
        for (CueCondition condition : conditions) {
            if (!condition.holds(sentence, first, last)) {
                return -1;
            }
        }
        return last;
    }

    /** Matches slots from {@code slot} on against words from {@code at} on; the last word's index or -1. */
    private int match(List<SentenceWord> sentence, int at, int slot) {
        if (slot == words.size()) {
            return at - 1;
        }
        CueWord word = words.get(slot);
        if (word.gap()) {
            for (int skipped = 0, i = at; skipped <= CueWord.GAP && i < sentence.size(); skipped++) {
                int last = match(sentence, i, slot + 1);
                if (last >= 0) {
                    return last;
                }
                SentenceWord passed = sentence.get(i);
                if (passed.punctuation() && QUOTE_MARKS.indexOf(passed.text().charAt(0)) < 0) {
                    return -1;
                }
                i++;
            }
            return -1;
        }
        if (at >= sentence.size() || !word.accepts(sentence.get(at))) {
            return -1;
        }
        return match(sentence, at + 1, slot + 1);
    }
}
