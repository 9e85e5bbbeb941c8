package org.framelens.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.framelens.compare.Comparison;
import org.framelens.report.pdf.layout.ArabicShaper;
import org.framelens.report.pdf.layout.Bookmarks;
import org.framelens.report.pdf.layout.DocumentFonts;
import org.framelens.report.pdf.layout.FontCatalog;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.PageFooter;
import org.framelens.report.pdf.layout.PageFrame;
import org.framelens.report.pdf.layout.Typesetter;

/** Writes the comparison as a printable PDF report, conforming to PDF/A-2b for archiving. */
public final class PdfReportWriter {

    private static final float MARGIN_MM = 20f;
    private static final float FOOTER_BAND = 22f;

    private final PaperSize paper;
    private final ReportEdition edition;
    private final FontCatalog fonts;
    private final ArabicShaper shaper;
    private final ReportText text;
    private final ReportStyles styles;
    private final List<ReportSection> sections;

    /** A writer for US Letter paper. */
    public PdfReportWriter() {
        this(PaperSize.defaultSize());
    }

    /** A writer of the full report for the given paper; null means the default, US Letter. */
    public PdfReportWriter(PaperSize paper) {
        this(paper, ReportEdition.FULL);
    }

    /** A writer of the given edition for the given paper; null means the default, US Letter. */
    public PdfReportWriter(PaperSize paper, ReportEdition edition) {
        this.paper = paper == null ? PaperSize.defaultSize() : paper;
        this.edition = Objects.requireNonNull(edition, "edition");
        this.fonts = FontCatalog.standard();
        this.shaper = ArabicShaper.standard();
        this.text = ReportText.standard();
        this.styles = ReportStyles.standard();
        this.sections = List.of(new TitlePageSection(), new GlanceSection(), new ProspectSection(),
                new HedgingSection(), new FramesSection(), new SourcesSection(), new CoverageSection(),
                new OutletSection(), new GuideSection(), new ClassroomSection());
    }

    /** Writes the report to {@code out}, which is left open. */
    public void write(Comparison comparison, OutputStream out) throws IOException {
        writeWithSummary(comparison, out);
    }

    /**
     * Writes the report to {@code out}, which is left open, and says how many pages it has and how many
     * characters had to be printed as a substitute because no bundled font has them.
     */
    public PdfWriteSummary writeWithSummary(Comparison comparison, OutputStream out) throws IOException {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(out, "out");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfWriteSummary summary;
        try (PDDocument document = new PDDocument()) {
            PageFrame frame = new PageFrame(paper.mediaBox(), MARGIN_MM * PageFrame.POINTS_PER_MM, FOOTER_BAND);
            Typesetter typesetter = new Typesetter(new DocumentFonts(document, fonts), shaper);
            ReportContext context;
            try (PageFlow flow = new PageFlow(document, frame)) {
                context = new ReportContext(comparison, edition, flow, typesetter, new Bookmarks(document), styles,
                        text);
                for (ReportSection section : sections) {
                    if (edition == ReportEdition.FULL || section.inHandout()) {
                        section.render(context);
                    }
                }
            }
            String reportDate = context.figures().date(comparison.reportDate());
            new PageFooter(text.format(edition == ReportEdition.HANDOUT ? "handout.footer" : "footer.label",
                    reportDate), styles.footer())
                    .stamp(document, context.flow().pages(), frame, typesetter);
            DocumentIdentity.apply(document, comparison, paper, text, TitlePageSection.title(context));
            ArchiveMetadata.apply(document);
            ColourIntent.apply(document);
            summary = new PdfWriteSummary(document.getNumberOfPages(), typesetter.replacedCharacters());
            document.save(pdf);
        }
        pdf.writeTo(out);
        out.flush();
        return summary;
    }
}
