package org.framelens.report.pdf;

import org.framelens.measure.OutletProfile;

/**
 * A figure column of the "At a glance" table: which figure of an outlet it shows, how it is written, and whether
 * its bar grows from the left (a share of the column's largest figure) or from a centre line (a score from −1
 * to +1). The wording keys are {@code glance.col.<key>} for the header and {@code glance.define.<key>} for the
 * one-line definition under the table.
 */
enum GlanceMeasure {

    WORDS("words", false) {
        @Override
        double value(OutletProfile profile) {
            return profile.metrics().words();
        }

        @Override
        String format(FigureFormat figures, double value) {
            return figures.count((long) value);
        }
    },
    HEDGES("hedges", false) {
        @Override
        double value(OutletProfile profile) {
            return profile.metrics().hedgesPer1k();
        }
    },
    BOOSTERS("boosters", false) {
        @Override
        double value(OutletProfile profile) {
            return profile.metrics().boostersPer1k();
        }
    },
    LOADED("loaded", false) {
        @Override
        double value(OutletProfile profile) {
            return profile.loaded().per1k();
        }
    },
    PROSPECT("prospect", true) {
        @Override
        double value(OutletProfile profile) {
            return profile.prospect().score();
        }

        @Override
        String format(FigureFormat figures, double value) {
            return figures.score(value);
        }
    },
    QUOTED("quoted", false) {
        @Override
        double value(OutletProfile profile) {
            return profile.metrics().quotedShare();
        }

        @Override
        String format(FigureFormat figures, double value) {
            return figures.percent(value);
        }
    },
    NAMED("named", false) {
        @Override
        double value(OutletProfile profile) {
            return profile.sources().namedVoices();
        }

        @Override
        String format(FigureFormat figures, double value) {
            return figures.count((long) value);
        }
    },
    UNNAMED("unnamed", false) {
        @Override
        double value(OutletProfile profile) {
            return profile.sources().anonymousVoices();
        }

        @Override
        String format(FigureFormat figures, double value) {
            return figures.count((long) value);
        }
    };

    private final String key;
    private final boolean centred;

    GlanceMeasure(String key, boolean centred) {
        this.key = key;
        this.centred = centred;
    }

    /** The outlet's figure on this measure. */
    abstract double value(OutletProfile profile);

    /** The figure as the report prints it everywhere; a rate per 1,000 words unless the measure says otherwise. */
    String format(FigureFormat figures, double value) {
        return figures.rate(value);
    }

    /** The part of this measure's wording keys after {@code glance.col.} and {@code glance.define.}. */
    String key() {
        return key;
    }

    /** Whether its bar grows both ways from a centre line, as a score from −1 to +1 does. */
    boolean centred() {
        return centred;
    }
}
