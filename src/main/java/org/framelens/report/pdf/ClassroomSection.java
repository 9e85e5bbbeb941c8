package org.framelens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.framelens.compare.findings.FindingWriter;
import org.framelens.report.pdf.layout.PageFlow;
import org.framelens.report.pdf.layout.Paragraph;
import org.framelens.report.pdf.layout.ParagraphLayout;

/**
 * "For the classroom": a final page of discussion questions drawn from this report, each followed by thin grey
 * ruled lines to write the answer on, so the printed report can be handed out as a worksheet.
 */
final class ClassroomSection implements ReportSection {

    /** Ruled lines under each question. */
    static final int LINES_PER_QUESTION = 3;
    /** Room for handwriting between ruled lines, at most and at least; tighter only to keep to one page. */
    private static final float LINE_SPACING = 22f;
    private static final float MIN_LINE_SPACING = 15f;
    private static final float LINE_WEIGHT = 0.5f;
    private static final float LINE_GREY = 0.6f;
    private static final float QUESTION_INDENT = 16f;
    private static final float QUESTION_GAP = 12f;

    private final ClassroomQuestions questions = new ClassroomQuestions(new FindingWriter());

    @Override
    public boolean inHandout() {
        return true;
    }

    @Override
    public void render(ReportContext context) throws IOException {
        List<String> asked = questions.questions(context);
        if (asked.isEmpty()) {
            return;
        }
        ReportStyles styles = context.styles();
        ReportText text = context.text();
        PageFlow flow = context.flow();
        flow.continueWith(null);
        context.openSection(ReportContext.SectionStart.NEW_PAGE, text.get("classroom.heading"),
                Paragraph.of(text.get(context.edition() == ReportEdition.HANDOUT ? "handout.classroom.intro"
                        : "classroom.intro"), styles.body(), 0f, 4f));
        List<ParagraphLayout> laid = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            laid.add(context.layout(Paragraph.of((i + 1) + ".  " + asked.get(i), styles.body(), 0f, 0f)));
        }
        float spacing = lineSpacing(flow.remaining(), laid);
        for (ParagraphLayout question : laid) {
            flow.gap(QUESTION_GAP);
            flow.keepTogether(question.linesHeight() + LINES_PER_QUESTION * spacing);
            flow.place(question);
            for (int line = 0; line < LINES_PER_QUESTION; line++) {
                flow.advance(spacing);
                flow.rule(flow.frame().left() + QUESTION_INDENT, flow.frame().right(), flow.cursor(), LINE_WEIGHT,
                        LINE_GREY);
            }
        }
    }

    /** The widest line spacing up to {@value #LINE_SPACING} points that lets every question fit in {@code room}. */
    static float lineSpacing(float room, List<ParagraphLayout> questions) {
        float text = 0f;
        for (ParagraphLayout question : questions) {
            text += QUESTION_GAP + question.linesHeight();
        }
        float fitting = (room - text - 1f) / (questions.size() * LINES_PER_QUESTION);
        return Math.max(MIN_LINE_SPACING, Math.min(LINE_SPACING, fitting));
    }
}
