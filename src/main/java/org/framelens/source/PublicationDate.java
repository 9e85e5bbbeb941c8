package org.framelens.source;

import org.framelens.lexicon.WordList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's date as a user writes it in a header or sources table: {@code YYYY-MM-DD}, marked approximate
 * by a leading {@code ~} or by a word such as {@code (approx.)} after it.
 *
 * @param date the day
 * @param approximate whether the user said the date is only roughly right
 */
record PublicationDate(LocalDate date, boolean approximate) {

    private static final List<String> APPROXIMATE_MARKERS = WordList.lines(PublicationDate.class, "approximate-date-markers.txt");

    private static final Pattern DATE = Pattern.compile("(~?)\\s*(\\d{4})-(\\d{2})-(\\d{2})(.*)");

    /** The wording of the warning for a date that cannot be read. */
    static String unreadable(String value) {
        return "date \"" + value + "\" is not YYYY-MM-DD; ignored";
    }

    /** The date written in {@code value}, or empty when it is not a real day in the accepted form. */
    static Optional<PublicationDate> parse(String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean leadingTilde = !m.group(1).isEmpty();
        String rest = m.group(5).strip();
        boolean marked = !rest.isEmpty();
        if (marked && !isApproximateMarker(rest)) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            return Optional.of(new PublicationDate(date, leadingTilde || marked));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isApproximateMarker(String text) {
        String marker = text;
        if (marker.startsWith("(") && marker.endsWith(")")) {
            marker = marker.substring(1, marker.length() - 1).strip();
        }
        return APPROXIMATE_MARKERS.contains(marker.toLowerCase(Locale.ROOT));
    }
}
