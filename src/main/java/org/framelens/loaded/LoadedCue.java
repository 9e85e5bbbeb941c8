package org.framelens.loaded;

import org.framelens.annotate.Token;
import org.framelens.annotate.Voice;
import org.framelens.measure.Cue;
import org.framelens.measure.CueCategory;

/**
 * One piece of loaded language: where it is (a {@link Cue} of category LOADED, with its sentence, offsets and
 * voice) and what kind it is.
 *
 * @param cue the words as written, their place and whose voice they are in
 * @param kind the kind of loaded language
 */
public record LoadedCue(Cue cue, LoadedKind kind) {

    /** The words as written. */
    public String text() {
        return cue.text();
    }

    /** A cue over tokens {@code first} to {@code last}; quoted when its first token lies inside quotation marks. */
    static LoadedCue over(SentenceText text, LoadedKind kind, int first, int last) {
        Token head = text.tokens().get(first);
        return at(text, kind, head.start(), text.tokens().get(last).end(), head.quoted() ? Voice.QUOTED : Voice.AUTHOR);
    }

    /**
     * A cue from token {@code first} to the character {@code mark} inside token {@code last}, inclusive: a question
     * or exclamation ends at its mark even where the tokenizer glued a closing quotation mark to it ("not?”").
     */
    static LoadedCue upToMark(SentenceText text, LoadedKind kind, int first, int last, char mark) {
        Token head = text.tokens().get(first);
        Token tail = text.tokens().get(last);
        int at = tail.text().lastIndexOf(mark);
        int end = at < 0 ? tail.end() : tail.start() + at + 1;
        return at(text, kind, head.start(), end, head.quoted() ? Voice.QUOTED : Voice.AUTHOR);
    }

    /** A cue over the characters {@code start} to {@code end} of the sentence, in the given voice. */
    static LoadedCue at(SentenceText text, LoadedKind kind, int start, int end, Voice voice) {
        String words = text.sentence().text().substring(start, end);
        return new LoadedCue(new Cue(CueCategory.LOADED, words, text.sentence().index(), start, end, voice), kind);
    }
}
