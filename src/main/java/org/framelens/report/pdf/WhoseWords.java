package org.framelens.report.pdf;

import org.framelens.annotate.Sentence;
import org.framelens.annotate.Voice;

/**
 * The note printed after an evidence sentence saying whose words it is: the outlet's own (and whom it
 * reports, where the sentence names someone), quoted, or partly quoted, with the speaker where known.
 */
final class WhoseWords {

    private WhoseWords() {
    }

    /** The note for a sentence, e.g. "quoted: Jenny Mathers" or "partly quoted, speaker not named". */
    static String of(Sentence sentence, ReportText text) {
        String speaker = sentence.speaker() == null || sentence.speaker().isBlank() ? null : sentence.speaker().strip();
        Voice voice = sentence.voice() == null ? Voice.AUTHOR : sentence.voice();
        return switch (voice) {
            case AUTHOR -> speaker == null ? text.get("voice.author") : text.format("voice.author.reporting", speaker);
            case QUOTED -> speaker == null ? text.get("voice.quoted.unnamed") : text.format("voice.quoted", speaker);
            case MIXED -> speaker == null ? text.get("voice.mixed.unnamed") : text.format("voice.mixed", speaker);
        };
    }
}
