package org.framelens.clean;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises the voice of reader comments ("I've read", "your next article", "Kudos!") from a cue list. */
final class CommentCues {

    private final List<Pattern> cues;

    /** Builds the recogniser; "!" in the list stands for an exclamation mark, every other entry for whole words. */
    CommentCues(PhraseList list) {
        this.cues = list.entries().stream()
                .map(entry -> LineShape.comparable(entry))
                .map(CommentCues::cuePattern)
                .toList();
    }

    /** How many different cues the text shows; zero means it does not read like reader comments. */
    int score(String text) {
        String comparable = LineShape.comparable(text);
        return (int) cues.stream().filter(cue -> cue.matcher(comparable).find()).count();
    }

    private static Pattern cuePattern(String cue) {
        boolean wordy = cue.chars().anyMatch(Character::isLetterOrDigit);
        if (!wordy) {
            return Pattern.compile(Pattern.quote(cue));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}'])" + Pattern.quote(cue) + "(?![\\p{L}\\p{N}'])");
    }
}
