package org.framelens.loaded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line of a loaded-language word list: the spellings to find, the part-of-speech tags the first word may
 * carry (empty for any), the context conditions, and words it must not stand right before.
 *
 * @param kind what a match counts as, or null for lists that are not cues themselves (attribution words)
 * @param forms the spellings in lower case, longest first
 * @param tags UD tags the first matched token must have one of; empty for any
 * @param conditions context tests that must all hold
 * @param notBefore lower-case words that must not follow the match
 * @param regex the forms as one case-folded, whole-word pattern
 */
record WordPattern(LoadedKind kind, List<String> forms, Set<String> tags, Set<WordCondition> conditions,
                   Set<String> notBefore, Pattern regex) {

    private static final String NOT_BEFORE = "not-before=";

    WordPattern {
        forms = List.copyOf(forms);
        tags = Set.copyOf(tags);
        conditions = Set.copyOf(conditions);
        notBefore = Set.copyOf(notBefore);
    }

    /** Parses a line {@code forms<TAB>tags<TAB>conditions}, such as {@code "vast<TAB>ADJ<TAB>not-before=majority"}. */
    static WordPattern parse(LoadedKind kind, String line) {
        String[] columns = line.split("\t");
        Set<String> forms = new LinkedHashSet<>();
        for (String form : columns[0].split(",")) {
            if (!form.isBlank()) {
                forms.add(SentenceText.fold(form.strip()).replaceAll("\\s+", " "));
            }
        }
        Set<String> tags = new HashSet<>();
        if (columns.length > 1 && !columns[1].isBlank() && !columns[1].strip().equals("-")) {
            for (String tag : columns[1].strip().split("\\|")) {
                tags.add(tag.strip());
            }
        }
        Set<WordCondition> conditions = new HashSet<>();
        Set<String> notBefore = new HashSet<>();
        if (columns.length > 2) {
            for (String label : columns[2].split(",")) {
                String trimmed = label.strip();
                if (trimmed.startsWith(NOT_BEFORE)) {
                    for (String word : trimmed.substring(NOT_BEFORE.length()).split("\\|")) {
                        notBefore.add(word.strip());
                    }
                } else if (!trimmed.isEmpty()) {
                    conditions.add(WordCondition.byLabel(trimmed));
                }
            }
        }
        List<String> ordered = new ArrayList<>(forms);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        String alternatives = ordered.stream()
                .map(f -> List.of(f.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        Pattern regex = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
        return new WordPattern(kind, ordered, tags, conditions, notBefore, regex);
    }
}
