package org.framelens.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * How far framelens agreed with a careful human reader on the hand-labelled example articles, as the accuracy
 * evaluation measured it ({@code mvn -B test -Paccuracy} writes {@code accuracy.properties} into the jar together
 * with docs/accuracy.md), so the report can say how far to trust each measure.
 *
 * @param articles articles labelled by hand
 * @param sentences sentences labelled by hand
 * @param prospects sentences given the prospect label a careful reader gave
 * @param outlets outlets whose prospect scores were ordered
 * @param outletOrderAgrees whether framelens orders those outlets, most optimistic first, as the hand labels do
 * @param hedges hedge words found against those marked by hand
 * @param loaded loaded words and marks found against those marked by hand
 * @param frames frames given to sentences against those given by hand
 */
record MeasuredAccuracy(int articles, int sentences, Agreement prospects, int outlets, boolean outletOrderAgrees,
                        Detection hedges, Detection loaded, Detection frames) {

    /** The resource, beside this class, that the accuracy evaluation writes. */
    static final String RESOURCE = "accuracy.properties";

    /**
     * Labels given the same way by framelens and by hand.
     *
     * @param share agreed / total, 0 to 1, as docs/accuracy.md rounds it
     * @param agreed items labelled as the careful reader labelled them
     * @param total items labelled
     */
    record Agreement(double share, int agreed, int total) { }

    /**
     * Items framelens found against items marked by hand.
     *
     * @param precision share of the found items that were also marked by hand, 0 to 1
     * @param recall share of the marked items that framelens found, 0 to 1
     * @param found items framelens found
     * @param marked items marked by hand
     */
    record Detection(double precision, double recall, int found, int marked) { }

    /** The figures shipped in the jar; fails with a one-line message when they are missing or unreadable. */
    static MeasuredAccuracy standard() {
        try (InputStream in = MeasuredAccuracy.class.getResourceAsStream(RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the measured accuracy " + RESOURCE + " in the jar", e);
        }
    }

    /** The figures from an {@code accuracy.properties} stream; null means the file is missing. */
    static MeasuredAccuracy read(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalStateException("the measured accuracy " + RESOURCE
                    + " is missing from the jar: run mvn -B test -Paccuracy, then build framelens again");
        }
        Properties figures = new Properties();
        figures.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return of(figures);
    }

    /** The figures from the keys of {@code accuracy.properties}; fails naming the first key that is wrong. */
    static MeasuredAccuracy of(Properties figures) {
        return new MeasuredAccuracy(count(figures, "measured.articles"), count(figures, "measured.sentences"),
                new Agreement(share(figures, "prospect.accuracy"), count(figures, "prospect.agreed"),
                        count(figures, "prospect.sentences")),
                count(figures, "prospect.outlets"), truth(figures, "prospect.outlets.sameOrder"),
                detection(figures, "hedges"), detection(figures, "loaded"), detection(figures, "frames"));
    }

    private static Detection detection(Properties figures, String measure) {
        return new Detection(share(figures, measure + ".precision"), share(figures, measure + ".recall"),
                count(figures, measure + ".found"), count(figures, measure + ".marked"));
    }

    private static double share(Properties figures, String key) {
        String value = value(figures, key);
        try {
            double share = Double.parseDouble(value);
            if (share >= 0 && share <= 1) {
                return share;
            }
        } catch (NumberFormatException e) {
            // reported below, with the key
        }
        throw garbled(key, value, "a share from 0 to 1");
    }

    private static int count(Properties figures, String key) {
        String value = value(figures, key);
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below, with the key
        }
        throw garbled(key, value, "a whole number");
    }

    private static boolean truth(Properties figures, String key) {
        String value = value(figures, key);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw garbled(key, value, "true or false");
    }

    private static String value(Properties figures, String key) {
        String value = figures.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the measured accuracy " + RESOURCE + " has no " + key
                    + ": run mvn -B test -Paccuracy, then build framelens again");
        }
        return value.strip();
    }

    private static IllegalStateException garbled(String key, String value, String expected) {
        return new IllegalStateException("the measured accuracy " + RESOURCE + " gives " + key + " as \"" + value
                + "\", not " + expected + ": run mvn -B test -Paccuracy, then build framelens again");
    }
}
