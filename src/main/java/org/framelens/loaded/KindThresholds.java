package org.framelens.loaded;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The thresholds of {@code article-kind.properties}, which KindJudge compares an article's signals with.
 *
 * @param opinionFirstPerson first-person words from which a piece speaks as a person
 * @param opinionLoadedPer1k own-voice loaded rate from which the writer's attitude runs through the piece
 * @param newsLoadedPer1k own-voice loaded rate up to which the language is that of plain reporting
 * @param opinionRhetoric rhetorical questions and exclamations that mark an argued piece
 * @param analysisPredictions own-voice predictions that mark an interpretive piece
 * @param analysisExplainers explainer signposts that mark an analysis piece
 * @param newsNamedSources named sources from which a piece is built on reporting
 * @param newsQuotedShare share of quoted words from which a piece lets its sources speak
 */
record KindThresholds(int opinionFirstPerson, double opinionLoadedPer1k, double newsLoadedPer1k, int opinionRhetoric,
                      int analysisPredictions, int analysisExplainers, int newsNamedSources, double newsQuotedShare) {

    /** The thresholds from the classpath resource {@code article-kind.properties}. */
    static KindThresholds load() {
        Properties p = new Properties();
        try (InputStream in = KindThresholds.class.getResourceAsStream("article-kind.properties")) {
            if (in == null) {
                throw new IllegalStateException("article-kind.properties is missing from the build");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("article-kind.properties could not be read", e);
        }
        return new KindThresholds(
                Integer.parseInt(value(p, "opinion.firstPerson.min")),
                Double.parseDouble(value(p, "opinion.loadedPer1k.min")),
                Double.parseDouble(value(p, "news.loadedPer1k.max")),
                Integer.parseInt(value(p, "opinion.rhetoric.min")),
                Integer.parseInt(value(p, "analysis.predictions.min")),
                Integer.parseInt(value(p, "analysis.explainers.min")),
                Integer.parseInt(value(p, "news.namedSources.min")),
                Double.parseDouble(value(p, "news.quotedShare.min")));
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("article-kind.properties has no value for " + key);
        }
        return v.strip();
    }
}
