package org.framelens.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.framelens.compare.Comparison;
import org.framelens.compare.findings.FindingWriter;
import org.framelens.loaded.ArticleKind;
import org.framelens.measure.OutletProfile;

/**
 * Discussion questions for a class, built from one report's own findings and figures. The choice and order are
 * fixed (two findings, headlines, missing voices, opinion, further findings, hedges, quoting) so the same
 * comparison always gives the same questions; the closing question about checking figures always comes last.
 */
final class ClassroomQuestions {

    /** The page has room for this many questions with lines to write on, the closing one included. */
    static final int MAX_QUESTIONS = 6;
    /** Findings asked about before the questions built from single figures. */
    private static final int LEADING_FINDINGS = 2;

    private final FindingWriter findingWriter;

    /** Questions built with the given finding writer, the one the cover uses. */
    ClassroomQuestions(FindingWriter findingWriter) {
        this.findingWriter = findingWriter;
    }

    /** Up to {@value #MAX_QUESTIONS} questions about the comparison; none when no outlet was measured. */
    List<String> questions(ReportContext context) {
        Comparison comparison = context.comparison();
        ReportText text = context.text();
        List<OutletProfile> outlets = comparison.outlets();
        if (outlets.isEmpty()) {
            return List.of();
        }
        List<String> findings = findingWriter.findings(comparison).stream()
                .map(finding -> text.format("classroom.finding", finding.text().strip()))
                .toList();
        int leading = Math.min(LEADING_FINDINGS, findings.size());
        List<String> candidates = new ArrayList<>(findings.subList(0, leading));
        headlines(outlets, context).ifPresent(candidates::add);
        candidates.add(text.format("classroom.voices",
                context.outletName(first(outlets, Comparator.comparingInt(p -> p.sources().distinctVoices())))));
        outlets.stream().filter(p -> p.kind().kind() == ArticleKind.OPINION).findFirst()
                .ifPresent(p -> candidates.add(text.format("classroom.opinion", context.outletName(p))));
        candidates.addAll(findings.subList(leading, findings.size()));
        OutletProfile hedging = highest(outlets, p -> p.metrics().authorHedgesPer1k());
        candidates.add(text.format("classroom.hedges", context.outletName(hedging),
                context.figures().rate(hedging.metrics().authorHedgesPer1k())));
        OutletProfile quoting = highest(outlets, p -> p.metrics().quotedShare());
        candidates.add(text.format("classroom.quoted", context.outletName(quoting),
                context.figures().percent(quoting.metrics().quotedShare())));
        List<String> questions = new ArrayList<>(candidates.subList(0, Math.min(MAX_QUESTIONS - 1, candidates.size())));
        questions.add(text.get("classroom.closing"));
        return List.copyOf(questions);
    }

    /** The headlines of the most hopeful and the most doubtful outlet, when their prospect scores differ. */
    private static Optional<String> headlines(List<OutletProfile> outlets, ReportContext context) {
        if (outlets.size() < 2) {
            return Optional.empty();
        }
        OutletProfile hopeful = highest(outlets, p -> p.prospect().score());
        OutletProfile doubtful = first(outlets, Comparator.comparingDouble(p -> p.prospect().score()));
        if (hopeful.prospect().score() <= doubtful.prospect().score()) {
            return Optional.empty();
        }
        return Optional.of(context.text().format("classroom.prospect", context.outletName(hopeful),
                context.headline(hopeful), context.outletName(doubtful), context.headline(doubtful)));
    }

    /** The first outlet in report order with the highest value. */
    private static OutletProfile highest(List<OutletProfile> outlets, ToDoubleFunction<OutletProfile> value) {
        return first(outlets, Comparator.comparingDouble(value).reversed());
    }

    /** The first outlet in report order that comes first by {@code order}; ties keep report order. */
    private static OutletProfile first(List<OutletProfile> outlets, Comparator<OutletProfile> order) {
        OutletProfile best = outlets.get(0);
        for (OutletProfile profile : outlets) {
            if (order.compare(profile, best) < 0) {
                best = profile;
            }
        }
        return best;
    }

}
