package org.framelens.prospect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.framelens.annotate.Token;

/**
 * One entry of a prospect word list: its words, the part-of-speech tag each must carry (or null), which way
 * it leans (+1 optimistic, -1 pessimistic) and how strongly.
 */
record ProspectPhrase(List<String> words, List<String> tags, int direction, double weight) {

    ProspectPhrase {
        words = List.copyOf(words);
        tags = java.util.Collections.unmodifiableList(new ArrayList<>(tags));
    }

    /** Parses a line such as {@code "support/VERB<TAB>0.5"}. */
    static ProspectPhrase parse(String line, int direction) {
        String[] parts = line.split("\t");
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String item : parts[0].trim().split("\\s+")) {
            int slash = item.indexOf('/');
            words.add((slash < 0 ? item : item.substring(0, slash)).toLowerCase(Locale.ROOT));
            tags.add(slash < 0 ? null : item.substring(slash + 1));
        }
        double weight = parts.length > 1 ? Double.parseDouble(parts[1].trim()) : 1.0;
        return new ProspectPhrase(words, tags, direction, weight);
    }

    /** Whether the phrase's words and tags match the tokens from {@code start} on. */
    boolean matchesAt(List<Token> tokens, int start) {
        if (start + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Token token = tokens.get(start + i);
            if (!token.lower().replace('’', '\'').equals(words.get(i))) {
                return false;
            }
            if (tags.get(i) != null && !token.hasTag(tags.get(i))) {
                return false;
            }
        }
        return true;
    }
}
