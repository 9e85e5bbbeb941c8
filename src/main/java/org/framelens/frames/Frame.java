package org.framelens.frames;

import java.util.Locale;

/**
 * The lenses a sentence can tell a story through: Semetko and Valkenburg's five generic news frames and the
 * strategy (game) frame of political coverage.
 */
public enum Frame {
    /** Disagreement or clash between parties, reproach, sides, winners and losers, fighting. */
    CONFLICT,
    /** A human face or emotional angle: how individuals and civilians are affected. */
    HUMAN_INTEREST,
    /** Costs, money, sanctions and tariffs, trade, budgets, the state of an economy. */
    ECONOMIC,
    /** Moral judgement or prescription: right and wrong, legitimacy, cynicism, betrayal. */
    MORALITY,
    /** Who caused the problem and who can or must solve it: blame, pressure to act, deadlines. */
    RESPONSIBILITY,
    /** The game of the negotiation: tactics, leverage, motives, positioning, playing for time. */
    STRATEGY;

    /** The lower-case name used in labels, JSON and reports: conflict, human_interest, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The frame a label names, such as {@code human_interest}; an error names an unknown label. */
    public static Frame byLabel(String label) {
        for (Frame frame : values()) {
            if (frame.label().equals(label.strip())) {
                return frame;
            }
        }
        throw new IllegalArgumentException("unknown frame '" + label + "'");
    }

    /** The classpath resource that lists this frame's cues. */
    String listName() {
        return label() + ".txt";
    }
}
