package org.framelens.compare.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The findings' wording and number formats, read from {@code finding-text.properties} so prose is edited without code. */
final class FindingText {

    private static final String RESOURCE = "finding-text.properties";
    private static final char MINUS = '\u2212';

    private final Properties properties;

    private FindingText(Properties properties) {
        this.properties = properties;
    }

    /** The wording shipped with framelens. */
    static FindingText standard() {
        try (InputStream in = FindingText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the findings wording " + RESOURCE + " is missing from the jar");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new FindingText(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the findings wording " + RESOURCE, e);
        }
    }

    /** The text for a key. */
    String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("the findings wording has no text for " + key);
        }
        return value.strip();
    }

    /** The text for a key with its placeholders filled in. */
    String format(String key, Object... args) {
        return String.format(Locale.ENGLISH, get(key), args);
    }

    /** Names joined as a reader would say them: "A", "A and B", "A, B and C". */
    String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + get("and") + " " + names.get(names.size() - 1);
    }

    /** A rate per 1,000 words to one decimal, as the report's tables print it. */
    String rate(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value == 0 ? 0.0 : value);
    }

    /** A prospect score to two decimals with its sign, e.g. "+0.43" or "−0.59". */
    String score(double value) {
        long hundredths = Math.round(value * 100);
        String digits = String.format(Locale.ENGLISH, "%d.%02d", Math.abs(hundredths) / 100, Math.abs(hundredths) % 100);
        return hundredths > 0 ? "+" + digits : hundredths < 0 ? MINUS + digits : digits;
    }

    /** A share as a percentage to one decimal, e.g. "22.5%", as the report's tables print it. */
    String percent(double share) {
        return rate(share * 100) + "%";
    }

    /** A whole count. */
    String count(double value) {
        return String.format(Locale.ENGLISH, "%,d", Math.round(value));
    }

    /** How many times one value is another, as a reader would say it: "about twice", "about 15 times". */
    String times(double ratio) {
        long whole = Math.round(ratio);
        if (ratio < 1.75) {
            return format("times.fraction", String.format(Locale.ENGLISH, "%.1f", ratio));
        }
        return whole == 2 ? get("times.two") : format("times.many", whole);
    }
}
