package org.framelens.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The report's wording, read from {@code report-text.properties} so prose can be edited without code. */
final class ReportText {

    private static final String RESOURCE = "report-text.properties";

    private final Properties properties;

    private ReportText(Properties properties) {
        this.properties = properties;
    }

    /** The wording shipped with framelens. */
    static ReportText standard() {
        try (InputStream in = ReportText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the report wording " + RESOURCE + " is missing from the jar");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new ReportText(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report wording " + RESOURCE, e);
        }
    }

    /** The text for a key. */
    String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("the report wording has no text for " + key);
        }
        return value.strip();
    }

    /** The text for a key with its placeholders filled in. */
    String format(String key, Object... args) {
        return String.format(Locale.ENGLISH, get(key), args);
    }
}
