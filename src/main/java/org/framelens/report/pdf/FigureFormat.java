package org.framelens.report.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates are written in the report: English, one decimal place for rates. */
final class FigureFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String NOT_AVAILABLE = "n/a";

    private final ReportText text;

    FigureFormat(ReportText text) {
        this.text = text;
    }

    /** A rate with one decimal, e.g. {@code 12.3}; "n/a" where it could not be computed. */
    String rate(double value) {
        if (!Double.isFinite(value)) {
            return NOT_AVAILABLE;
        }
        return String.format(Locale.ENGLISH, "%.1f", value == 0 ? 0.0 : value);
    }

    /**
     * A prospect score to two decimals with its sign ("+0.43", "\u22120.59", "0.00"), rounded the way the cover's
     * findings round it, so the same score never prints two ways in one report.
     */
    String score(double value) {
        if (!Double.isFinite(value)) {
            return NOT_AVAILABLE;
        }
        long hundredths = Math.round(value * 100);
        String digits = String.format(Locale.ENGLISH, "%d.%02d", Math.abs(hundredths) / 100, Math.abs(hundredths) % 100);
        return hundredths > 0 ? "+" + digits : hundredths < 0 ? "\u2212" + digits : digits;
    }

    /** A share from 0 to 1 as a percentage with one decimal, e.g. {@code 23.4%}. */
    String percent(double share) {
        if (!Double.isFinite(share)) {
            return NOT_AVAILABLE;
        }
        return rate(share * 100) + "%";
    }

    /** A whole number with thousands separators, e.g. {@code 1,234}. */
    String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** A date such as {@code 29 Nov 2025}. */
    String date(LocalDate date) {
        return date == null ? text.get("title.date.unknown") : DATE.format(date);
    }

    /** An article's date: "date unknown" when missing, "29 Nov 2025 (approx.)" when only approximate. */
    String articleDate(LocalDate date, boolean approximate) {
        if (date == null) {
            return text.get("title.date.unknown");
        }
        return approximate ? text.format("title.date.approx", date(date)) : date(date);
    }
}
