package org.framelens.report.pdf;

import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.framelens.measure.OutletProfile;

/**
 * A figure column of the "At a glance" table: which figure of an outlet it shows, how it is written, and whether
 * its bar grows from the left (a share of the column's largest figure) or from a centre line (a score from −1
 * to +1). The wording keys are {@code glance.col.<key>} for the header and {@code glance.define.<key>} for the
 * one-line definition under the table.
 */
enum GlanceMeasure {

    WORDS("words", false, p -> p.metrics().words(), GlanceMeasure::count),
    HEDGES("hedges", false, p -> p.metrics().hedgesPer1k(), FigureFormat::rate),
    BOOSTERS("boosters", false, p -> p.metrics().boostersPer1k(), FigureFormat::rate),
    LOADED("loaded", false, p -> p.loaded().per1k(), FigureFormat::rate),
    PROSPECT("prospect", true, p -> p.prospect().score(), FigureFormat::score),
    QUOTED("quoted", false, p -> p.metrics().quotedShare(), FigureFormat::percent),
    NAMED("named", false, p -> p.sources().namedVoices(), GlanceMeasure::count),
    UNNAMED("unnamed", false, p -> p.sources().anonymousVoices(), GlanceMeasure::count);

    private final String key;
    private final boolean centred;
    private final ToDoubleFunction<OutletProfile> figure;
    private final BiFunction<FigureFormat, Double, String> written;

    GlanceMeasure(String key, boolean centred, ToDoubleFunction<OutletProfile> figure,
                  BiFunction<FigureFormat, Double, String> written) {
        this.key = key;
        this.centred = centred;
        this.figure = figure;
        this.written = written;
    }

    /** The outlet's figure on this measure. */
    double value(OutletProfile profile) {
        return figure.applyAsDouble(profile);
    }

    /** The figure as the report prints it everywhere. */
    String format(FigureFormat figures, double value) {
        return written.apply(figures, value);
    }

    /** The part of this measure's wording keys after {@code glance.col.} and {@code glance.define.}. */
    String key() {
        return key;
    }

    /** Whether its bar grows both ways from a centre line, as a score from −1 to +1 does. */
    boolean centred() {
        return centred;
    }

    private static String count(FigureFormat figures, double value) {
        return figures.count((long) value);
    }
}
