package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FlowPosition;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;

/**
 * "How to read this report": for each measure what a figure means, how framelens computes it and how it can be
 * wrong, with a small line saying how often it agreed with a careful reader on the hand-labelled examples (from
 * {@link MeasuredAccuracy}, never typed by hand); then the limits every figure shares.
 */
final class GuideSection implements ReportSection {

    /** The measures explained, in the order of the report's pages; each names its {@code guide.<measure>.} keys. */
    static final List<String> MEASURES = List.of("hedges", "voice", "prospects", "frames", "sources", "loaded",
            "coverage");
    /** The limits every figure shares, each a {@code guide.limits.<limit>} text with a bold label. */
    static final List<String> LIMITS = List.of("english", "miss", "truth", "question", "where");

    private static final float MEASURE_GAP = 14f;
    private static final float LIMIT_INDENT = 12f;

    private final MeasuredAccuracy accuracy;

    /** A page stating the figures shipped in the jar; fails at once, with a plain message, if they are missing. */
    GuideSection() {
        this(MeasuredAccuracy.standard());
    }

    /** A page stating the given figures. */
    GuideSection(MeasuredAccuracy accuracy) {
        this.accuracy = accuracy;
    }

    @Override
    public void render(ReportContext context) throws IOException {
        if (context.comparison().outlets().isEmpty()) {
            return;
        }
        ReportText text = context.text();
        FigureFormat figures = context.figures();
        PageFlow flow = context.flow();
        String title = text.get("guide.heading");
        flow.continueWith(null);
        PDOutlineItem section = context.openSection(ReportContext.SectionStart.NEW_PAGE, title,
                context.intro(text.get("guide.intro")),
                context.intro(text.format("guide.accuracy.intro", figures.count(accuracy.articles()),
                        figures.count(accuracy.sentences()))));
        flow.continueWith(context.continuedHeading(title));
        for (String measure : MEASURES) {
            block(context, section, text.get("guide." + measure + ".heading"),
                    List.of(Paragraph.of(text.get("guide." + measure + ".text"), context.styles().sentence(), 0f, 3f),
                            accuracyLine(context, accuracyText(context, measure))));
        }
        List<Paragraph> limits = new ArrayList<>();
        for (String limit : LIMITS) {
            limits.add(limit(context, limit));
        }
        block(context, section, text.get("guide.limits.heading"), limits);
        flow.continueWith(null);
    }

    /**
     * A subheading with its bookmark and the paragraphs under it, kept on one page so a measure is read in one
     * place.
     */
    private static void block(ReportContext context, PDOutlineItem section, String title, List<Paragraph> body)
            throws IOException {
        ParagraphLayout heading = context.layout(Paragraph.of(title, context.styles().subheading(), 0f, 3f));
        List<ParagraphLayout> laid = new ArrayList<>();
        for (Paragraph paragraph : body) {
            laid.add(context.layout(paragraph));
        }
        FlowPosition at = context.heading(heading, MEASURE_GAP, ReportContext.height(laid));
        context.bookmarks().add(section, title, at);
        for (ParagraphLayout paragraph : laid) {
            context.flow().place(paragraph);
        }
    }

    /** The small line under a measure: the bold lead-in, then how often framelens agreed, or that nobody checked. */
    private static Paragraph accuracyLine(ReportContext context, String words) {
        ReportStyles styles = context.styles();
        return new Paragraph(List.of(new Span(context.text().get("guide.accuracy.label") + " ", styles.smallBold()),
                new Span(words, styles.small())), Align.LEFT, 0f, 0f, 0f);
    }

    /** How often framelens agreed with the careful reader on one measure, in the page's words and number formats. */
    String accuracyText(ReportContext context, String measure) {
        ReportText text = context.text();
        FigureFormat figures = context.figures();
        return switch (measure) {
            case "hedges" -> detection(context, "guide.hedges.accuracy", accuracy.hedges());
            case "loaded" -> detection(context, "guide.loaded.accuracy", accuracy.loaded());
            case "frames" -> detection(context, "guide.frames.accuracy", accuracy.frames());
            case "prospects" -> text.format("guide.prospects.accuracy",
                    figures.count(accuracy.prospects().agreed()), figures.count(accuracy.prospects().total()),
                    percent(figures, accuracy.prospects().share()))
                    + " " + text.format(accuracy.outletOrderAgrees() ? "guide.prospects.order.same"
                    : "guide.prospects.order.different", figures.count(accuracy.outlets()));
            default -> text.get("guide.accuracy.unchecked");
        };
    }

    private static String detection(ReportContext context, String key, MeasuredAccuracy.Detection found) {
        FigureFormat figures = context.figures();
        return context.text().format(key, figures.count(found.found()), percent(figures, found.precision()),
                figures.count(found.marked()), percent(figures, found.recall()));
    }

    /**
     * An agreement share as a whole percentage, "68%", as docs/accuracy.md states it: a decimal place would claim
     * a precision that a few hundred hand-labelled sentences cannot give.
     */
    static String percent(FigureFormat figures, double share) {
        return figures.count(Math.round(share * 100)) + "%";
    }

    /** One limit: its bold label, then the explanation, indented a little under the subheading. */
    private static Paragraph limit(ReportContext context, String limit) {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        return new Paragraph(List.of(new Span(text.get("guide.limits." + limit + ".label") + " ", styles.bodyBold()),
                new Span(text.get("guide.limits." + limit), styles.body())), Align.LEFT, LIMIT_INDENT, 0f, 5f);
    }
}
