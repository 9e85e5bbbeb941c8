package org.framelens.report.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.framelens.annotate.Sentence;
import org.framelens.measure.CueCategory;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FlowPosition;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;

/**
 * "The evidence, outlet by outlet": one part per outlet, each on a new page with a bookmark of its own: the
 * outlet's headline, date, file and kind, its measures, then the passages behind them with the counted words
 * marked (hedges, boosters, sentences about the subject's prospects, loaded language), whom it quotes, and what
 * was removed from the page before analysis, so every figure of the tables can be checked against the text.
 */
final class OutletSection implements ReportSection {

    @Override
    public void render(ReportContext context) throws IOException {
        List<OutletProfile> outlets = context.comparison().outlets();
        if (outlets.isEmpty()) {
            return;
        }
        ReportText text = context.text();
        PDOutlineItem section = context.openSection(ReportContext.SectionStart.NEW_PAGE,
                text.get("evidence.heading"), context.intro(text.get("evidence.intro")), key(context));
        for (int i = 0; i < outlets.size(); i++) {
            context.flow().continueWith(null);
            if (i > 0) {
                context.flow().newPage();
            }
            renderOutlet(context, outlets.get(i), section);
        }
        context.flow().continueWith(null);
    }

    /** The key, its samples set in the very styles it explains, so it also works when printed in black and white. */
    private static Paragraph key(ReportContext context) {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        return new Paragraph(List.of(
                new Span(text.get("evidence.key.label") + " ", styles.smallBold()),
                new Span(text.get("evidence.key.before") + " ", styles.sentence()),
                new Span(text.get("evidence.key.cue"), styles.sentenceCue()),
                new Span(text.get("evidence.key.middle") + " ", styles.sentence()),
                new Span(text.get("evidence.key.quoted"), styles.sentenceQuoted()),
                new Span(text.get("evidence.key.after"), styles.sentence())), Align.LEFT, 0f, 0f, 8f);
    }

    /** One outlet's part: its name with a bookmark, its opening, then each list of passages. */
    private static void renderOutlet(ReportContext context, OutletProfile profile, PDOutlineItem section)
            throws IOException {
        String name = context.outletName(profile);
        Map<Integer, Sentence> sentences = new HashMap<>();
        for (Sentence sentence : profile.annotated().sentences()) {
            sentences.put(sentence.index(), sentence);
        }
        ParagraphLayout heading = context.layout(Paragraph.of(name, context.styles().subheading(), 0f, 3f));
        List<ParagraphLayout> opening = OutletOpening.of(context, profile);
        PassageBlock hedges = CuePassages.of(context, profile, sentences, CueCategory.HEDGE);
        FlowPosition at = context.heading(heading, 0f, ReportContext.height(opening) + hedges.opening());
        context.bookmarks().add(section, name, at);
        context.flow().continueWith(context.continuedHeading(name));
        for (ParagraphLayout paragraph : opening) {
            context.flow().place(paragraph);
        }
        hedges.place(context);
        CuePassages.of(context, profile, sentences, CueCategory.BOOSTER).place(context);
        ProspectPassages.of(context, profile, sentences).place(context);
        LoadedPassages.of(context, profile, sentences).place(context);
        SpeakerPassages.of(context, profile).place(context);
        RemovedPassages.place(context, profile);
    }
}
