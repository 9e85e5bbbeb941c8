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
 * @param opinionLoadedPer1k own-voice loaded-word rate from which the writer's attitude runs through the piece
 * @param newsLoadedPer1k own-voice loaded-word rate up to which the language is that of plain reporting
 * @param opinionFirstPersonViews first-person statements of a view that make a piece a personal view
 * @param opinionFirstPerson first-person words that, with loaded language or rhetoric, mark a column
 * @param opinionRhetoric rhetorical questions and exclamations that, with the first person, mark a column
 * @param analysisInterpretation explainer signposts and own-voice forecasts that mark an interpretive piece
 * @param newsNamedSources named sources from which a piece is built on reporting
 * @param newsQuotedShare share of quoted words from which a piece lets its sources speak
 */
record KindThresholds(double opinionLoadedPer1k, double newsLoadedPer1k, int opinionFirstPersonViews,
                      int opinionFirstPerson, int opinionRhetoric, int analysisInterpretation, int newsNamedSources,
                      double newsQuotedShare) {

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
                Double.parseDouble(value(p, "opinion.loadedPer1k.min")),
                Double.parseDouble(value(p, "news.loadedPer1k.max")),
                Integer.parseInt(value(p, "opinion.firstPersonViews.min")),
                Integer.parseInt(value(p, "opinion.firstPerson.min")),
                Integer.parseInt(value(p, "opinion.rhetoric.min")),
                Integer.parseInt(value(p, "analysis.interpretation.min")),
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
