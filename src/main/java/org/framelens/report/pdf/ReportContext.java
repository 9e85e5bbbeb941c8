package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.framelens.compare.Comparison;
import org.framelens.measure.OutletProfile;
import org.framelens.report.pdf.layout.Bookmarks;
import org.framelens.report.pdf.layout.FlowPosition;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;
import org.framelens.report.pdf.layout.RepeatedHeading;
import org.framelens.report.pdf.layout.Typesetter;

/**
 * What a section needs to render itself into one document: the comparison, the page flow, the typesetter,
 * bookmarks, styles, wording and number formats; plus the few placement rules all sections share.
 */
final class ReportContext {

    /** A section starts on the page it follows only when at least 1/SECTION_ROOM_PARTS of the page is left. */
    private static final float SECTION_ROOM_PARTS = 3f;
    private static final float SECTION_GAP = 30f;

    private final Comparison comparison;
    private final ReportEdition edition;
    private final PageFlow flow;
    private final Typesetter typesetter;
    private final Bookmarks bookmarks;
    private final ReportStyles styles;
    private final ReportText text;
    private final FigureFormat figures;

    /** A context for rendering {@code comparison} into one document. */
    ReportContext(Comparison comparison, ReportEdition edition, PageFlow flow, Typesetter typesetter, Bookmarks bookmarks,
                  ReportStyles styles, ReportText text) {
        this.comparison = comparison;
        this.edition = edition;
        this.flow = flow;
        this.typesetter = typesetter;
        this.bookmarks = bookmarks;
        this.styles = styles;
        this.text = text;
        this.figures = new FigureFormat(text);
    }

    /** The comparison being reported. */
    Comparison comparison() {
        return comparison;
    }

    /** Which version of the report is being written. */
    ReportEdition edition() {
        return edition;
    }

    /** The page flow content is placed into. */
    PageFlow flow() {
        return flow;
    }

    /** The typesetter of this document, which also counts substituted characters. */
    Typesetter typesetter() {
        return typesetter;
    }

    /** The document outline. */
    Bookmarks bookmarks() {
        return bookmarks;
    }

    /** The report's type styles. */
    ReportStyles styles() {
        return styles;
    }

    /** The report's wording. */
    ReportText text() {
        return text;
    }

    /** How numbers and dates are written. */
    FigureFormat figures() {
        return figures;
    }

    /** The outlet's name as printed, with a placeholder where the article names none. */
    String outletName(OutletProfile profile) {
        String name = profile.article().outlet();
        return name == null || name.isBlank() ? text.get("outlet.unnamed") : name.strip();
    }

    /** The article's headline as printed, with a placeholder where it has none. */
    String headline(OutletProfile profile) {
        String title = profile.article().title();
        return title == null || title.isBlank() ? text.get("headline.missing") : title.strip();
    }

    /** The paragraph set for the full width of the text area. */
    ParagraphLayout layout(Paragraph paragraph) throws IOException {
        return typesetter.layout(paragraph, flow.frame().width());
    }

    /**
     * Starts a section below the previous one when at least a third of the page is left, with a gap above it,
     * and on a new page otherwise; the section's heading then keeps its first lines with it.
     */
    void startSection() throws IOException {
        flow.keepTogether(flow.frame().height() / SECTION_ROOM_PARTS);
        flow.gap(SECTION_GAP);
    }

    /**
     * Places a heading so that it never ends a page on its own: it moves to the next page unless
     * {@code following} points of what comes after it fit below it too.
     *
     * @return where the heading starts, for its bookmark
     */
    FlowPosition heading(ParagraphLayout heading, float spaceBefore, float following) throws IOException {
        flow.gap(spaceBefore);
        flow.keepTogether(heading.linesHeight() + heading.spaceAfter() + following);
        FlowPosition at = flow.position();
        flow.place(heading);
        return at;
    }

    /** The small heading repeated at the top of each further page an outlet's part runs onto. */
    RepeatedHeading continuedHeading(String outletName) {
        return () -> layout(Paragraph.of(text.format("outlet.continued", outletName), styles.smallBold(), 0f, 6f));
    }

    /** Where a section begins: at the top of a fresh page, or below the one before when there is room. */
    enum SectionStart { NEW_PAGE, BELOW }

    /**
     * Opens a section: its heading, kept on one page with the opening of its introduction; a bookmark with the
     * heading's words; then the introducing paragraphs. Sections call this rather than place headings themselves,
     * so every section opens the same way.
     *
     * @return the section's bookmark, under which it may add its own (one per outlet, say)
     */
    PDOutlineItem openSection(SectionStart start, String title, Paragraph... intro) throws IOException {
        if (start == SectionStart.NEW_PAGE) {
            flow.newPage();
        } else {
            startSection();
        }
        ParagraphLayout heading = layout(Paragraph.of(title, styles.heading(), 0f, 6f));
        List<ParagraphLayout> introduction = new ArrayList<>();
        for (Paragraph paragraph : intro) {
            introduction.add(layout(paragraph));
        }
        float following = introduction.isEmpty() ? 0f
                : introduction.size() == 1 ? introduction.get(0).heightOfFirst(2) : height(introduction);
        PDOutlineItem bookmark = bookmarks.add(title, heading(heading, 0f, following));
        for (ParagraphLayout paragraph : introduction) {
            flow.place(paragraph);
        }
        return bookmark;
    }

    /** An introducing paragraph in the body style with the usual space after it. */
    Paragraph intro(String words) {
        return Paragraph.of(words, styles.body(), 0f, 8f);
    }

    /** The subject as the report names it: its first term, or "subject" when none was found. */
    String subjectName() {
        List<String> terms = comparison.subjectTerms();
        return terms.isEmpty() ? text.get("report.subject.none") : terms.get(0);
    }

    /** Places paragraphs that belong together (e.g. an outlet's name, headline and date) on one page. */
    void placeTogether(List<ParagraphLayout> group) throws IOException {
        flow.keepTogether(height(group));
        for (ParagraphLayout paragraph : group) {
            flow.place(paragraph);
        }
    }

    /** Full height of paragraphs including the gaps between them. */
    static float height(List<ParagraphLayout> group) {
        float height = 0f;
        for (ParagraphLayout paragraph : group) {
            height += paragraph.spaceBefore() + paragraph.linesHeight() + paragraph.spaceAfter();
        }
        return height;
    }
}
