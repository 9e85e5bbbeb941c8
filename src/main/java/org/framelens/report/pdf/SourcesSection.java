package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.compare.Comparison;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.Table;
import org.framelens.report.pdf.layout.TableColumn;
import org.framelens.report.pdf.layout.TableLayout;
import org.framelens.sources.SourceProfile;
import org.framelens.sources.SourceVoice;

/**
 * "Sources": a table of how much of each outlet's text is quoted and how many named and unnamed voices it lets
 * speak; a "who is heard where" grid of the named voices several outlets hear, with a dash where an outlet
 * leaves one out; then each outlet's voices, most heard first, quoted and paraphrased, with their sentence
 * numbers as the evidence.
 */
final class SourcesSection implements ReportSection {

    /** Most voices in the grid: the most widely heard. */
    static final int GRID_VOICES = 12;
    /** Up to this many outlets the grid's columns carry the outlets' names; beyond it, numbers and a legend. */
    static final int NAMED_COLUMNS = 6;
    /** A name longer than this makes the grid number its columns even for few outlets. */
    static final int NAME_HEADER_LENGTH = 32;
    /** Most outlet columns in one grid; more outlets split the grid into parts of at most this many. */
    static final int PART_COLUMNS = 10;
    /** Voices per outlet given a table row; the rest are named in one line after it. */
    static final int VOICES_IN_TABLE = 8;
    /** Sentence numbers printed per voice before the rest are counted. */
    static final int SENTENCE_NUMBERS = 10;

    /** Room kept below the introduction of the outlets' part for an outlet's name, figures and first rows. */
    private static final float FIRST_OUTLET_ROOM = 80f;
    private static final String NONE = "\u2014";

    @Override
    public void render(ReportContext context) throws IOException {
        Comparison comparison = context.comparison();
        if (comparison.outlets().isEmpty()) {
            return;
        }
        ReportText text = context.text();
        context.openSection(ReportContext.SectionStart.NEW_PAGE, text.get("sources.heading"),
                context.intro(text.get("sources.intro")));
        place(context, overview(context));
        note(context, text.get("sources.table.note"));
        grid(context);
        outlets(context);
    }

    /** One row per outlet: share quoted, share of that with no named speaker, named and unnamed voices, top voice. */
    private static Table overview(ReportContext context) {
        ReportText text = context.text();
        FigureFormat figures = context.figures();
        List<TableColumn> columns = List.of(
                new TableColumn(text.get("sources.col.outlet"), 2.3f, Align.LEFT),
                new TableColumn(text.get("sources.col.quoted"), 1.1f, Align.RIGHT),
                new TableColumn(text.get("sources.col.unnamedShare"), 1.2f, Align.RIGHT),
                new TableColumn(text.get("sources.col.named"), 0.85f, Align.RIGHT),
                new TableColumn(text.get("sources.col.anonymous"), 0.85f, Align.RIGHT),
                new TableColumn(text.get("sources.col.top"), 2.7f, Align.LEFT));
        List<List<String>> rows = new ArrayList<>();
        for (OutletProfile profile : context.comparison().outlets()) {
            SourceProfile sources = profile.sources();
            double quoted = profile.metrics().quotedShare();
            rows.add(List.of(
                    context.outletName(profile),
                    figures.percent(quoted),
                    quoted > 0 ? figures.percent(sources.unnamedQuotedShare()) : NONE,
                    figures.count(sources.namedVoices()),
                    figures.count(sources.anonymousVoices()),
                    sources.voices().isEmpty() ? NONE : heard(context, sources.voices().get(0))));
        }
        return new Table(columns, rows, context.styles().tableHeader(), context.styles().tableCell());
    }

    /** "Donald Trump (13 sentences)", "analysts (unnamed, 1 sentence)". */
    private static String heard(ReportContext context, SourceVoice voice) {
        ReportText text = context.text();
        String count = voice.total() == 1 ? text.get("sources.sentences.one")
                : text.format("sources.sentences.many", context.figures().count(voice.total()));
        return text.format(voice.named() ? "sources.top" : "sources.top.unnamed", voice.name(), count);
    }

    /** The grid of named voices heard in two outlets or more, or a line saying why there is none. */
    private static void grid(ReportContext context) throws IOException {
        ReportText text = context.text();
        ReportStyles styles = context.styles();
        List<OutletProfile> outlets = context.comparison().outlets();
        ParagraphLayout intro = context.layout(context.intro(text.get("sources.grid.intro")));
        context.heading(context.layout(Paragraph.of(text.get("sources.grid.heading"), styles.subheading(), 0f, 4f)),
                16f, intro.heightOfFirst(2));
        context.flow().place(intro);
        if (outlets.size() < 2) {
            note(context, text.get("sources.grid.one"));
            return;
        }
        HeardWhere heard = HeardWhere.of(outlets.stream().map(OutletProfile::sources).toList(), GRID_VOICES);
        if (heard.voices().isEmpty()) {
            note(context, text.get("sources.grid.none") + " " + text.get("sources.grid.unnamed"));
            return;
        }
        boolean numbered = numbered(outlets.stream().map(context::outletName).toList());
        if (numbered) {
            legend(context);
        }
        List<int[]> parts = parts(outlets.size(), numbered ? PART_COLUMNS : outlets.size());
        float rowEstimate = styles.tableCell().leading() + 7f;
        for (int[] part : parts) {
            // A part of the grid moves to the next page whole when it fits on one, so its rows stay together.
            context.flow().keepTogether(Math.min((heard.voices().size() + 2) * rowEstimate + styles.small().leading(),
                    context.flow().frame().height() * 0.9f));
            if (parts.size() > 1) {
                context.flow().place(context.layout(Paragraph.of(
                        text.format("sources.grid.part", part[0] + 1, part[1]), styles.smallBold(), 10f, 2f)));
            }
            place(context, gridPart(context, heard, part[0], part[1], numbered));
        }
        String note = text.get("sources.grid.note") + " " + text.get("sources.grid.unnamed");
        if (heard.notShown() > 0) {
            note += " " + text.format("sources.grid.limit", GRID_VOICES, heard.notShown());
        }
        note(context, note);
    }

    /** Whether the grid numbers its outlet columns: many outlets, or a name too long for a column header. */
    static boolean numbered(List<String> names) {
        return names.size() > NAMED_COLUMNS || names.stream().anyMatch(n -> n.length() > NAME_HEADER_LENGTH);
    }

    /** Outlets [from, to) of each part of the grid, as even in size as possible, at most {@code most} each. */
    static List<int[]> parts(int outlets, int most) {
        int count = Math.max(1, (outlets + most - 1) / most);
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < count; p++) {
            int size = (outlets - from) / (count - p) + ((outlets - from) % (count - p) > 0 ? 1 : 0);
            parts.add(new int[] {from, from + size});
            from += size;
        }
        return parts;
    }

    /** The key to the numbered columns: number and outlet, two outlets a row, numbers running down. */
    private static void legend(ReportContext context) throws IOException {
        ReportText text = context.text();
        List<OutletProfile> outlets = context.comparison().outlets();
        context.flow().place(context.layout(Paragraph.of(text.get("sources.grid.legend"), context.styles().smallBold(),
                0f, 3f)));
        List<TableColumn> columns = List.of(
                new TableColumn(text.get("sources.grid.col.number"), 0.5f, Align.RIGHT),
                new TableColumn(text.get("sources.col.outlet"), 3f, Align.LEFT),
                new TableColumn(text.get("sources.grid.col.number"), 0.5f, Align.RIGHT),
                new TableColumn(text.get("sources.col.outlet"), 3f, Align.LEFT));
        int half = (outlets.size() + 1) / 2;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            boolean right = i + half < outlets.size();
            rows.add(List.of(String.valueOf(i + 1), context.outletName(outlets.get(i)),
                    right ? String.valueOf(i + half + 1) : "", right ? context.outletName(outlets.get(i + half)) : ""));
        }
        place(context, new Table(columns, rows, context.styles().tableHeader(), context.styles().tableCell()));
    }

    /** The grid for outlets [from, to): a voice a row, its count of outlets, and its sentences in each. */
    private static Table gridPart(ReportContext context, HeardWhere heard, int from, int to, boolean numbered) {
        ReportText text = context.text();
        List<OutletProfile> outlets = context.comparison().outlets();
        List<TableColumn> columns = new ArrayList<>();
        columns.add(new TableColumn(text.get("sources.grid.col.voice"), 2.6f, Align.LEFT));
        columns.add(new TableColumn(text.get("sources.grid.col.heard"), 1.1f, Align.RIGHT));
        for (int o = from; o < to; o++) {
            String header = numbered ? String.valueOf(o + 1) : context.outletName(outlets.get(o));
            columns.add(new TableColumn(header, numbered ? 0.55f : 1.3f, numbered ? Align.CENTER : Align.RIGHT));
        }
        List<List<String>> rows = new ArrayList<>();
        for (HeardVoice voice : heard.voices()) {
            List<String> row = new ArrayList<>();
            row.add(voice.name());
            row.add(text.format("sources.grid.heard", voice.outlets(), outlets.size()));
            for (int o = from; o < to; o++) {
                int sentences = voice.sentences().get(o);
                row.add(sentences == 0 ? NONE : context.figures().count(sentences));
            }
            rows.add(row);
        }
        return new Table(columns, rows, context.styles().tableHeader(), context.styles().tableCell());
    }

    /** Per outlet: its figures, a table of its most heard voices, and the rest named in one line. */
    private static void outlets(ReportContext context) throws IOException {
        ReportText text = context.text();
        ReportStyles styles = context.styles();
        ParagraphLayout intro = context.layout(context.intro(text.get("sources.outlets.intro")));
        // The heading keeps its whole introduction and the start of the first outlet's table with it.
        context.heading(context.layout(Paragraph.of(text.get("sources.outlets.heading"), styles.subheading(), 0f,
                4f)), 16f, intro.linesHeight() + intro.spaceAfter() + FIRST_OUTLET_ROOM);
        context.flow().place(intro);
        for (OutletProfile profile : context.comparison().outlets()) {
            outlet(context, profile);
        }
    }

    private static void outlet(ReportContext context, OutletProfile profile) throws IOException {
        ReportText text = context.text();
        ReportStyles styles = context.styles();
        SourceProfile sources = profile.sources();
        ParagraphLayout name = context.layout(Paragraph.of(context.outletName(profile), styles.reason(), 10f, 1f));
        ParagraphLayout figures = context.layout(Paragraph.of(text.format("sources.outlet.figures",
                context.figures().percent(profile.metrics().quotedShare()), sources.namedVoices(),
                sources.anonymousVoices()), styles.small(), 0f, 3f));
        if (sources.voices().isEmpty()) {
            context.placeTogether(List.of(name, figures,
                    context.layout(Paragraph.of(text.get("sources.outlet.none"), styles.small(), 0f, 0f))));
            return;
        }
        List<SourceVoice> voices = sources.voices();
        int inTable = voices.size() <= VOICES_IN_TABLE + 1 ? voices.size() : VOICES_IN_TABLE;
        TableLayout table = TableLayout.of(voiceTable(context, voices.subList(0, inTable)), context.typesetter(),
                context.flow().frame().width());
        float opening = ReportContext.height(List.of(name, figures)) + table.openingHeight();
        float rowEstimate = styles.tableCell().leading() + 7f;
        // A short table moves to the next page whole rather than leave a row or two behind.
        context.flow().keepTogether(inTable <= VOICES_IN_TABLE + 1 ? opening + (inTable - 1) * rowEstimate
                : opening);
        context.flow().place(name);
        context.flow().place(figures);
        context.flow().continueWith(context.continuedHeading(context.outletName(profile)));
        table.place(context.flow());
        if (inTable < voices.size()) {
            List<String> rest = new ArrayList<>();
            for (SourceVoice voice : voices.subList(inTable, voices.size())) {
                rest.add(heard(context, voice));
            }
            context.flow().place(context.layout(Paragraph.of(
                    text.format("sources.outlet.more", String.join(", ", rest)), styles.small(), 3f, 0f)));
        }
        context.flow().continueWith(null);
    }

    /** Voice, sentences quoting it, sentences paraphrasing it, and their numbers. */
    private static Table voiceTable(ReportContext context, List<SourceVoice> voices) {
        ReportText text = context.text();
        FigureFormat figures = context.figures();
        List<TableColumn> columns = List.of(
                new TableColumn(text.get("sources.col.voice"), 2.4f, Align.LEFT),
                new TableColumn(text.get("sources.col.quotedCount"), 1.0f, Align.RIGHT),
                new TableColumn(text.get("sources.col.paraphrased"), 1.0f, Align.RIGHT),
                new TableColumn(text.get("sources.col.sentences"), 3.0f, Align.LEFT));
        List<List<String>> rows = new ArrayList<>();
        for (SourceVoice voice : voices) {
            rows.add(List.of(
                    voice.named() ? voice.name() : text.format("sources.voice.unnamed", voice.name()),
                    voice.quoted() == 0 ? NONE : figures.count(voice.quoted()),
                    voice.paraphrased() == 0 ? NONE : figures.count(voice.paraphrased()),
                    sentenceNumbers(text, voice.sentences())));
        }
        return new Table(columns, rows, context.styles().tableHeader(), context.styles().tableCell());
    }

    /** "[2] [3] [13]" (numbers from 1), the first few and then how many more. */
    static String sentenceNumbers(ReportText text, List<Integer> indices) {
        int shown = indices.size() <= SENTENCE_NUMBERS + 1 ? indices.size() : SENTENCE_NUMBERS;
        List<String> numbers = new ArrayList<>();
        for (int index : indices.subList(0, shown)) {
            numbers.add(text.format("evidence.sentence", index + 1));
        }
        String list = String.join(" ", numbers);
        return shown < indices.size() ? list + " " + text.format("sources.sentences.more", indices.size() - shown)
                : list;
    }

    private static void place(ReportContext context, Table table) throws IOException {
        TableLayout.of(table, context.typesetter(), context.flow().frame().width()).place(context.flow());
    }

    private static void note(ReportContext context, String words) throws IOException {
        context.flow().place(context.layout(Paragraph.of(words, context.styles().small(), 4f, 6f)));
    }
}
