package org.framelens.report.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.framelens.annotate.Sentence;
import org.framelens.article.Article;
import org.framelens.article.Removal;
import org.framelens.compare.Comparison;
import org.framelens.measure.Cue;
import org.framelens.measure.OutletMetrics;
import org.framelens.measure.OutletProfile;

/**
 * A hash of everything the report is or will be made from (metadata, figures, text, quoted stretches, removed
 * blocks, cues, problems, paper), used as the PDF's file identifier (trailer /ID): the same comparison on the
 * same paper always gets the same identifier, a different one almost surely another. File paths are left out,
 * as they are not printed and running from another folder should not change the file.
 */
final class ContentFingerprint {

    private static final int ID_BYTES = 16;
    private static final char SEPARATOR = '\u001F';

    private ContentFingerprint() {
    }

    /** The 16-byte identifier for a comparison printed on the given paper. */
    static byte[] of(Comparison comparison, PaperSize paper) {
        StringBuilder canonical = new StringBuilder();
        add(canonical, "framelens-pdf", paper.name(), comparison.toolVersion(), comparison.reportDate());
        for (OutletProfile profile : comparison.outlets()) {
            Article article = profile.article();
            add(canonical, "outlet", article.outlet(), article.title(), article.metadata().date(),
                    article.metadata().dateApproximate());
            OutletMetrics m = profile.metrics();
            add(canonical, "metrics", m.words(), m.sentences(), m.hedgesPer1k(), m.boostersPer1k(),
                    m.authorHedgesPer1k(), m.authorBoostersPer1k(), m.quotedShare());
            for (String paragraph : article.paragraphs()) {
                add(canonical, "paragraph", paragraph);
            }
            for (Removal removal : article.removed()) {
                add(canonical, "removed", removal.reason(), removal.text());
            }
            for (Sentence sentence : profile.annotated().sentences()) {
                add(canonical, "sentence", sentence.text(), sentence.voice(), sentence.speaker());
                for (int[] stretch : sentence.quotedStretches()) {
                    add(canonical, "quoted", stretch[0], stretch[1]);
                }
            }
            for (Cue cue : profile.cues()) {
                add(canonical, "cue", cue.category(), cue.text(), cue.sentence(), cue.start(), cue.end(), cue.voice());
            }
        }
        for (String problem : comparison.problems()) {
            add(canonical, "problem", problem);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    private static void add(StringBuilder canonical, Object... fields) {
        for (Object field : fields) {
            canonical.append(field).append(SEPARATOR);
        }
        canonical.append('\n');
    }
}
