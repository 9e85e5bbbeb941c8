package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.article.ArticleMetadata;
import org.framelens.compare.findings.Finding;
import org.framelens.compare.findings.FindingWriter;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Align;
import org.framelens.report.pdf.layout.FlowPosition;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.Span;

/**
 * The first page: what the report is, what stands out in the figures, which outlets and articles it compares,
 * what it measures (and that a score describes language, not truth), and which files had to be skipped.
 */
final class TitlePageSection implements ReportSection {

    private static final float ENTRY_INDENT = 16f;
    private static final float FINDING_INDENT = 10f;

    private final FindingWriter findingWriter = new FindingWriter();

    @Override
    public boolean inHandout() {
        return true;
    }

    @Override
    public void render(ReportContext context) throws IOException {
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PageFlow flow = context.flow();
        flow.newPage();
        FlowPosition top = flow.position();
        boolean handout = context.edition() == ReportEdition.HANDOUT;
        flow.place(context.layout(Paragraph.of(text.get(handout ? "handout.label" : "report.label"), styles.label(),
                0f, 6f)));
        flow.place(context.layout(Paragraph.of(title(context), styles.title(), 0f, 8f)));
        String meta = text.format("title.meta", context.figures().date(context.comparison().reportDate()),
                context.comparison().toolVersion());
        flow.place(context.layout(Paragraph.of(meta, styles.meta(), 0f, 10f)));
        flow.rule(flow.frame().left(), flow.frame().right(), flow.cursor(), 0.8f, 0f);
        flow.gap(4f);
        context.bookmarks().add(text.get("bookmark.title"), top);

        List<String> subject = context.comparison().subjectTerms();
        if (!subject.isEmpty()) {
            ParagraphLayout subjectLine = context.layout(new Paragraph(List.of(
                    new Span(text.get("title.subject") + " ", styles.bodyBold()),
                    new Span(text.format("title.subject.terms", subject.get(0),
                            String.join(", ", subject.subList(1, subject.size()))), styles.body())),
                    Align.LEFT, 0f, 10f, 0f));
            flow.place(subjectLine);
        }

        findings(context);

        List<OutletProfile> outlets = context.comparison().outlets();
        if (!outlets.isEmpty()) {
            List<List<ParagraphLayout>> entries = new ArrayList<>();
            for (int i = 0; i < outlets.size(); i++) {
                entries.add(entry(context, i + 1, outlets.get(i)));
            }
            ParagraphLayout heading = context.layout(Paragraph.of(text.get("title.outlets"), styles.subheading(), 0f, 4f));
            context.heading(heading, 14f, ReportContext.height(entries.get(0)));
            for (List<ParagraphLayout> entry : entries) {
                context.placeTogether(entry);
            }
        }

        ParagraphLayout measuresHeading = context.layout(Paragraph.of(
                text.get(handout ? "handout.about.heading" : "title.measures.heading"), styles.subheading(), 0f, 4f));
        ParagraphLayout measures = context.layout(Paragraph.of(text.get(handout ? "handout.about" : "title.measures"),
                styles.body(), 0f, 0f));
        context.heading(measuresHeading, 16f, measures.heightOfFirst(3));
        flow.place(measures);

        List<String> problems = context.comparison().problems();
        if (!problems.isEmpty()) {
            ParagraphLayout problemsHeading = context.layout(
                    Paragraph.of(text.get("title.problems.heading"), styles.subheading(), 0f, 4f));
            ParagraphLayout intro = context.layout(
                    Paragraph.of(text.get("title.problems.intro"), styles.body(), 0f, 4f));
            FlowPosition at = context.heading(problemsHeading, 16f, intro.linesHeight() + intro.spaceAfter());
            context.bookmarks().add(text.get("bookmark.problems"), at);
            flow.place(intro);
            for (String problem : problems) {
                flow.place(context.layout(Paragraph.of("•  " + problem, styles.small(), 0f, 3f).indented(10f)));
            }
        }
    }

    /** "What stands out": the clearest differences in plain words, each with the table column it comes from. */
    private void findings(ReportContext context) throws IOException {
        List<Finding> findings = findingWriter.findings(context.comparison());
        if (findings.isEmpty()) {
            return;
        }
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        List<ParagraphLayout> bullets = new ArrayList<>();
        for (Finding finding : findings) {
            bullets.add(context.layout(new Paragraph(List.of(
                    new Span("•  " + finding.text() + " ", styles.body()),
                    new Span(text.format("title.findings.measure", finding.measure()), styles.small())),
                    Align.LEFT, FINDING_INDENT, 0f, 3f)));
        }
        ParagraphLayout heading = context.layout(Paragraph.of(text.get("title.findings"), styles.subheading(), 0f, 4f));
        context.heading(heading, 14f, ReportContext.height(bullets.subList(0, 1)));
        for (ParagraphLayout bullet : bullets) {
            context.placeTogether(List.of(bullet));
        }
    }

    /** The report's title, e.g. "How 5 outlets covered the story". */
    static String title(ReportContext context) {
        int count = context.comparison().outlets().size();
        return switch (count) {
            case 0 -> context.text().get("title.heading.none");
            case 1 -> context.text().get("title.heading.one");
            default -> context.text().format("title.heading.many", count);
        };
    }

    /** An outlet's entry: number and name, then its headline and date indented beneath. */
    private static List<ParagraphLayout> entry(ReportContext context, int number, OutletProfile profile)
            throws IOException {
        ReportStyles styles = context.styles();
        ArticleMetadata metadata = profile.article().metadata();
        String date = context.figures().articleDate(metadata.date(), metadata.dateApproximate());
        return List.of(
                context.layout(new Paragraph(List.of(
                        new Span(number + ".  " + context.outletName(profile), styles.entryName()),
                        new Span("  \u00b7  " + date, styles.small())), Align.LEFT, 0f, 6f, 1f)),
                context.layout(Paragraph.of(context.headline(profile), styles.body(), 0f, 0f).indented(ENTRY_INDENT)));
    }
}
