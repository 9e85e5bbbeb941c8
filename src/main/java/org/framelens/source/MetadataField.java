package org.framelens.source;

import java.util.Locale;
import java.util.Optional;

/** The fields a user may give for an article, in a text file's header or as a sources.csv column. */
enum MetadataField {
    OUTLET, TITLE, DATE, URL, AUTHOR;

    /** The field's name as the user writes it. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field with this name, regardless of case and surrounding spaces; empty for any other name. */
    static Optional<MetadataField> named(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (MetadataField field : values()) {
            if (field.key().equals(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
