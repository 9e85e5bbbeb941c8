package org.framelens.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The report's wording, read from properties files so prose can be edited without code: {@code
 * report-text.properties} for the parts every page shares and one file per page of the report. A key may be
 * defined only once across them.
 */
final class ReportText {

    /** The wording files, each named after the part of the report it words. */
    private static final List<String> RESOURCES = List.of("report-text.properties", "glance.properties",
            "hedging.properties", "frames.properties", "sources.properties", "coverage.properties",
            "outlet.properties", "guide.properties", "handout.properties");

    private final Properties properties;

    private ReportText(Properties properties) {
        this.properties = properties;
    }

    /** The wording shipped with framelens. */
    static ReportText standard() {
        Properties all = new Properties();
        for (String resource : RESOURCES) {
            Properties part = load(resource);
            for (String key : part.stringPropertyNames()) {
                if (all.containsKey(key)) {
                    throw new IllegalStateException("the report wording defines " + key + " twice; " + resource
                            + " repeats it");
                }
                all.setProperty(key, part.getProperty(key));
            }
        }
        return new ReportText(all);
    }

    private static Properties load(String resource) {
        try (InputStream in = ReportText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report wording " + resource + " is missing from the jar");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report wording " + resource, e);
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
