package org.framelens.report.pdf;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framelens.article.ArticleMetadata;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;
import org.framelens.report.pdf.layout.TextStyle;

/**
 * The opening of an outlet's part, below its name: headline; date, file and what it reads as; the deciding
 * reasons for that reading; and every measure of the tables on a compact block, each number as the tables print it.
 */
final class OutletOpening {

    /** Most reasons printed for what an article reads as; the deciding ones come first, the rest are in the JSON. */
    static final int REASON_LIMIT = 3;
    private static final String SEPARATOR = "  ·  ";
    /** The wording keys of the labels of the three lines of measures. */
    private static final List<String> MEASURE_LINES = List.of("outlet.measures.size", "outlet.measures.certainty",
            "outlet.measures.tone");

    private OutletOpening() {
    }

    /** The paragraphs of the opening, laid out. */
    static List<ParagraphLayout> of(ReportContext context, OutletProfile profile) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        TextStyle label = styles.smallBold();
        TextStyle value = styles.small();
        ArticleMetadata metadata = profile.article().metadata();
        List<ParagraphLayout> opening = new ArrayList<>();
        opening.add(context.layout(new Paragraph(List.of(
                new Span(text.get("removed.headline") + " ", styles.bodyBold()),
                new Span(context.headline(profile), styles.body())), Align.LEFT, 0f, 0f, 3f)));
        opening.add(context.layout(new Paragraph(List.of(
                new Span(text.get("outlet.date") + " ", label),
                new Span(context.figures().articleDate(metadata.date(), metadata.dateApproximate()) + SEPARATOR,
                        value),
                new Span(text.get("outlet.file") + " ", label),
                new Span(fileName(profile.article().file()) + SEPARATOR, value),
                new Span(text.get("outlet.kind") + " ", label),
                new Span(profile.kind().kind().label(), value)), Align.LEFT, 0f, 0f, 1f)));
        List<String> reasons = profile.kind().reasons();
        if (!reasons.isEmpty()) {
            List<String> shown = new ArrayList<>(reasons.subList(0, Math.min(REASON_LIMIT, reasons.size())));
            int more = reasons.size() - shown.size();
            if (more > 0) {
                shown.add(more == 1 ? text.get("outlet.kind.more.one")
                        : text.format("outlet.kind.more.many", context.figures().count(more)));
            }
            opening.add(context.layout(new Paragraph(List.of(
                    new Span(text.get("outlet.kind.why") + " ", label),
                    new Span(String.join(" ", shown), value)), Align.LEFT, 0f, 0f, 1f)));
        }
        List<List<String>> lines = measures(context, profile);
        for (int line = 0; line < lines.size(); line++) {
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(text.get(MEASURE_LINES.get(line)) + " ", label));
            List<String> parts = lines.get(line);
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                spans.add(new Span(last ? parts.get(i) : parts.get(i) + SEPARATOR.stripTrailing(),
                        value.withoutBreaks()));
                if (!last) {
                    spans.add(new Span("  ", value));
                }
            }
            opening.add(context.layout(new Paragraph(spans, Align.LEFT, 0f, line == 0 ? 2f : 0f,
                    line == lines.size() - 1 ? 2f : 0f)));
        }
        return opening;
    }

    /**
     * Every measure of the tables for one outlet, each as the tables print it, on three lines: words, share quoted
     * and voices; hedges and boosters per 1,000 words and per 1,000 own words; the three prospect scores and
     * loaded words per 1,000. Each part is printed whole on one line.
     */
    static List<List<String>> measures(ReportContext context, OutletProfile profile) {
        ReportText text = context.text();
        FigureFormat format = context.figures();
        OutletMetrics metrics = profile.metrics();
        return List.of(
                List.of(text.format("outlet.measures.words", format.count(metrics.words())),
                        text.format("outlet.measures.quoted", format.percent(metrics.quotedShare())),
                        text.format("outlet.measures.voices", format.count(profile.sources().namedVoices()),
                                format.count(profile.sources().anonymousVoices()))),
                List.of(text.format("outlet.measures.hedges", format.rate(metrics.hedgesPer1k()),
                                format.rate(metrics.authorHedgesPer1k())),
                        text.format("outlet.measures.boosters", format.rate(metrics.boostersPer1k()),
                                format.rate(metrics.authorBoostersPer1k()))),
                List.of(text.format("outlet.measures.prospect", format.score(profile.prospect().score()),
                                format.score(profile.prospect().authorScore()),
                                format.score(profile.prospect().quotedScore())),
                        text.format("outlet.measures.loaded", format.rate(profile.loaded().per1k()))));
    }

    /** The last part of the file's path as the user gave it: the name a teacher recognises. */
    static String fileName(String file) {
        if (file == null || file.isBlank()) {
            return "\u2014";
        }
        try {
            Path name = Path.of(file.strip()).getFileName();
            return name == null ? file.strip() : name.toString();
        } catch (InvalidPathException e) {
            return file.strip();
        }
    }
}
