package org.framelens.measure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framelens.annotate.Token;

/**
 * One entry of a cue word list: its words, the part-of-speech tag each must carry (or null for any), and the
 * conditions its context must meet.
 */
record CuePattern(CueCategory category, List<String> words, List<String> tags, Set<CueCondition> conditions) {

    CuePattern {
        words = List.copyOf(words);
        tags = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tags));
        conditions = Set.copyOf(conditions);
    }

    /** Parses a word-list line such as {@code "could/AUX<TAB>not-negated"}. */
    static CuePattern parse(CueCategory category, String line) {
        String[] parts = line.split("\t");
        List<String> words = new java.util.ArrayList<>();
        List<String> tags = new java.util.ArrayList<>();
        for (String item : parts[0].trim().split("\\s+")) {
            int slash = item.indexOf('/');
            words.add((slash < 0 ? item : item.substring(0, slash)).toLowerCase(Locale.ROOT));
            tags.add(slash < 0 ? null : item.substring(slash + 1));
        }
        Set<CueCondition> conditions = new java.util.HashSet<>();
        if (parts.length > 1) {
            for (String label : parts[1].split(",")) {
                if (!label.isBlank()) {
                    conditions.add(CueCondition.byLabel(label.trim()));
                }
            }
        }
        return new CuePattern(category, words, tags, conditions);
    }

    /** Whether the pattern's words and tags match the tokens from {@code start} on (conditions not checked). */
    boolean matchesAt(List<Token> tokens, int start) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Token token = tokens.get(start + i);
            if (!normalised(token).equals(words.get(i))) {
                return false;
            }
            String tag = tags.get(i);
            if (tag != null && !token.hasTag(tag)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every condition holds for a match starting at {@code start}. */
    boolean conditionsHold(List<Token> tokens, int start) {
        int last = start + words.size() - 1;
        return conditions.stream().allMatch(c -> c.holds(tokens, start, last));
    }

    /** A token as word lists spell it: lower case, straight apostrophes. */
    static String normalised(Token token) {
        return token.lower().replace('’', '\'');
    }
}
