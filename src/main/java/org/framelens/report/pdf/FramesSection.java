package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.framelens.annotate.Sentence;
import org.framelens.frames.Frame;
import org.framelens.frames.FrameCue;
import org.framelens.frames.FrameProfile;
import org.framelens.frames.SentenceFrames;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FontFace;
import org.framelens.report.pdf.layout.GridCell;
import org.framelens.report.pdf.layout.GridRow;
import org.framelens.report.pdf.layout.MarkGrid;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * "Frames": every outlet's frame profile in one grid (outlets as rows, the six frames as columns, each cell the
 * share of sentences as a printed figure over a bar, the outlet's largest frame boxed in bold), a line saying
 * what each frame counts, and one sentence per outlet that shows its main frame, signal words marked.
 */
final class FramesSection implements ReportSection {

    /** Share of the text width given to the outlet names. */
    private static final float NAME_SHARE = 0.28f;
    private static final float SENTENCE_INDENT = 10f;
    /** Room kept beside the widest frame name in its column header. */
    private static final float HEADER_ROOM = 2f;

    @Override
    public void render(ReportContext context) throws IOException {
        if (context.comparison().outlets().isEmpty()) {
            return;
        }
        ReportText text = context.text();
        context.openSection(ReportContext.SectionStart.NEW_PAGE, text.get("frames.heading"),
                context.intro(text.get("frames.intro")));
        grid(context).place(context.flow());
        context.flow().gap(6f);
        context.flow().place(context.layout(key(context)));
        meanings(context);
        examples(context);
    }

    /** The grid: one row per outlet, one column per frame. */
    private static MarkGrid grid(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        float width = context.flow().frame().width();
        float columnWidth = Math.max((width - width * NAME_SHARE) / Frame.values().length,
                widestWord(context, styles.tableHeader()) + MarkGrid.columnPadding() + HEADER_ROOM);
        float nameWidth = width - columnWidth * Frame.values().length;
        List<ParagraphLayout> headers = new ArrayList<>();
        for (Frame frame : Frame.values()) {
            headers.add(context.typesetter().layout(new Paragraph(List.of(new Span(name(context, frame),
                    styles.tableHeader())), Align.CENTER, 0f, 0f, 0f), MarkGrid.innerWidth(columnWidth)));
        }
        ParagraphLayout corner = context.typesetter().layout(Paragraph.of(context.text().get("frames.col.outlet"),
                styles.tableHeader(), 0f, 0f), MarkGrid.innerWidth(nameWidth));
        TextStyle bold = styles.tableCell().withFace(FontFace.SANS_BOLD);
        List<GridRow> rows = new ArrayList<>();
        for (OutletProfile profile : context.comparison().outlets()) {
            FrameProfile frames = profile.frames();
            List<Frame> largest = largest(frames);
            List<GridCell> cells = new ArrayList<>();
            for (Frame frame : Frame.values()) {
                boolean main = largest.contains(frame);
                double share = frames.share(frame);
                GridCell cell = GridCell.of(context.typesetter().line(context.figures().percent(share),
                        main ? bold : styles.tableCell())).withBar((float) Math.min(1d, Math.max(0d, share)));
                cells.add(main ? cell.withBox() : cell);
            }
            ParagraphLayout name = context.typesetter().layout(Paragraph.of(context.outletName(profile),
                    styles.tableCell(), 0f, 0f), MarkGrid.innerWidth(nameWidth));
            rows.add(GridRow.of(name, cells));
        }
        return new MarkGrid(nameWidth, columnWidth, corner, headers, rows);
    }

    /** The width of the widest word of the frames' names, so no column header has to cut a word. */
    private static float widestWord(ReportContext context, TextStyle style) throws IOException {
        float widest = 0f;
        for (Frame frame : Frame.values()) {
            for (String word : name(context, frame).split("\\s+")) {
                widest = Math.max(widest, context.typesetter().line(word, style).width());
            }
        }
        return widest;
    }

    /** How to read the grid, and why the shares of one outlet need not add up to 100%. */
    private static Paragraph key(ReportContext context) {
        ReportStyles styles = context.styles();
        return new Paragraph(List.of(new Span(context.text().get("frames.key.label") + " ", styles.smallBold()),
                new Span(context.text().get("frames.key"), styles.small())), Align.LEFT, 0f, 0f, 4f);
    }

    /** One line per frame saying, in plain words, which sentences count for it. */
    private static void meanings(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        List<ParagraphLayout> lines = new ArrayList<>();
        for (Frame frame : Frame.values()) {
            lines.add(context.layout(new Paragraph(List.of(new Span(capitalised(name(context, frame)) + ": ",
                    styles.bodyBold()), new Span(text.get("frames.meaning." + frame.label()), styles.body())),
                    Align.LEFT, 0f, 0f, 3f)));
        }
        ParagraphLayout heading = context.layout(Paragraph.of(text.get("frames.meaning.heading"),
                styles.subheading(), 0f, 4f));
        context.heading(heading, 14f, lines.get(0).linesHeight() + lines.get(1).linesHeight());
        for (ParagraphLayout line : lines) {
            context.flow().place(line);
        }
    }

    /** Per outlet, the clearest sentence of its main frame, signal words bold and underlined, or "none". */
    private static void examples(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        ParagraphLayout heading = context.layout(Paragraph.of(text.get("frames.examples.heading"),
                styles.subheading(), 0f, 4f));
        ParagraphLayout intro = context.layout(Paragraph.of(text.get("frames.examples.intro"), styles.small(),
                0f, 2f));
        context.heading(heading, 14f, intro.linesHeight() + 3 * styles.sentence().leading());
        context.flow().place(intro);
        for (OutletProfile profile : context.comparison().outlets()) {
            List<ParagraphLayout> block = List.of(
                    context.layout(Paragraph.of(context.outletName(profile), styles.reason(), 8f, 2f)),
                    context.layout(example(context, profile)));
            context.flow().keepTogether(block.get(0).spaceBefore() + block.get(0).linesHeight()
                    + block.get(0).spaceAfter() + block.get(1).heightOfFirst(2));
            for (ParagraphLayout paragraph : block) {
                context.flow().place(paragraph);
            }
        }
    }

    /** "Main frame, conflict (42.4% of sentences): [5] the sentence in full", or that no sentence has a frame. */
    private static Paragraph example(ReportContext context, OutletProfile profile) {
        ReportStyles styles = context.styles();
        FrameProfile frames = profile.frames();
        Optional<Frame> main = mainFrame(frames);
        Optional<Sentence> sentence = main.flatMap(frame -> frames.examples().get(frame).stream().findFirst())
                .flatMap(index -> sentence(profile, index));
        List<Span> spans = new ArrayList<>();
        if (main.isEmpty() || sentence.isEmpty()) {
            spans.add(new Span(context.text().get("frames.example.none"), styles.bodyItalic()));
            return new Paragraph(spans, Align.LEFT, SENTENCE_INDENT, 0f, 3f);
        }
        Frame frame = main.get();
        Sentence shown = sentence.get();
        spans.add(new Span(context.text().format("frames.example.label", name(context, frame),
                context.figures().percent(frames.share(frame))) + " ", styles.smallBold()));
        spans.add(new Span(context.text().format("evidence.sentence", shown.index() + 1) + " ",
                styles.sentenceNumber()));
        List<int[]> cues = cues(frames, shown.index(), frame);
        for (MarkedStretch stretch : SentenceMarks.split(shown.text(), cues, shown.quotedStretches())) {
            TextStyle style = stretch.cue()
                    ? (stretch.quoted() ? styles.sentenceQuotedCue() : styles.sentenceCue())
                    : (stretch.quoted() ? styles.sentenceQuoted() : styles.sentence());
            spans.add(new Span(stretch.text(shown.text()), style));
        }
        return new Paragraph(spans, Align.LEFT, SENTENCE_INDENT, 0f, 3f);
    }

    /** The frames with the outlet's largest share, in frame order; several on a tie, none if no frame is used. */
    static List<Frame> largest(FrameProfile frames) {
        double top = 0d;
        for (Frame frame : Frame.values()) {
            top = Math.max(top, frames.share(frame));
        }
        List<Frame> largest = new ArrayList<>();
        for (Frame frame : Frame.values()) {
            if (top > 0d && frames.share(frame) == top) {
                largest.add(frame);
            }
        }
        return largest;
    }

    /** The outlet's main frame: its largest, the first in frame order on a tie; empty if it uses none. */
    static Optional<Frame> mainFrame(FrameProfile frames) {
        return largest(frames).stream().findFirst();
    }

    /** The frame's name as the report prints it: "human interest". */
    static String name(ReportContext context, Frame frame) {
        return context.text().get("frames.name." + frame.label());
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Optional<Sentence> sentence(OutletProfile profile, int index) {
        return profile.annotated().sentences().stream().filter(s -> s.index() == index).findFirst();
    }

    /** The [start, end) offsets of the words that signal the frame in the sentence. */
    private static List<int[]> cues(FrameProfile frames, int index, Frame frame) {
        List<int[]> ranges = new ArrayList<>();
        for (SentenceFrames sentence : frames.sentences()) {
            if (sentence.sentence() == index) {
                for (FrameCue cue : sentence.cues(frame)) {
                    ranges.add(new int[] {cue.start(), cue.end()});
                }
            }
        }
        return ranges;
    }
}
