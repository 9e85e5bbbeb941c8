package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.Span;

/** "Who is quoted": each named speaker of one outlet with their number of sentences, most frequent first. */
final class SpeakerPassages {

    private static final String SEPARATOR = " ·";

    private SpeakerPassages() {
    }

    /** The block of speakers, or its heading saying there are none. */
    static PassageBlock of(ReportContext context, OutletProfile profile) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        List<SpeakerCount> speakers = SpeakerTally.of(profile.annotated().sentences());
        String about = speakers.isEmpty() ? text.get("evidence.speakers.none") : text.get("evidence.speakers.intro");
        if (speakers.isEmpty()) {
            return PassageBlock.of(context, text.get("evidence.speakers"), about, List.of());
        }
        // Each entry is kept on one line with the dot that follows it, so a line never starts with a dot.
        List<Span> entries = new ArrayList<>();
        for (int i = 0; i < speakers.size(); i++) {
            SpeakerCount speaker = speakers.get(i);
            String entry = speaker.sentences() == 1 ? text.format("evidence.speaker.one", speaker.name())
                    : text.format("evidence.speaker.many", speaker.name(), speaker.sentences());
            boolean last = i == speakers.size() - 1;
            entries.add(new Span(last ? entry : entry + SEPARATOR, styles.sentence().withoutBreaks()));
            if (!last) {
                entries.add(new Span(" ", styles.sentence()));
            }
        }
        return PassageBlock.of(context, text.get("evidence.speakers"), about,
                List.of(new Paragraph(entries, Align.LEFT, MarkedSentence.INDENT, 0f, 2f)));
    }
}
