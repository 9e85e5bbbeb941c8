package org.framelens.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.framelens.article.ArticleMetadata;

/** Field values a user wrote for one article, turned into metadata; an unreadable date becomes a warning. */
final class MetadataValues {

    private final Map<MetadataField, String> values = new EnumMap<>(MetadataField.class);

    /** Records a field's value; a blank value means the field is not given. The last value given wins. */
    void put(MetadataField field, String value) {
        String clean = BlockText.normalise(value);
        if (clean.isEmpty()) {
            values.remove(field);
        } else {
            values.put(field, clean);
        }
    }

    /** Whether any field has a value. */
    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The metadata these values describe; the date is null when it could not be read. */
    ArticleMetadata metadata() {
        Optional<PublicationDate> date = Optional.ofNullable(values.get(MetadataField.DATE))
                .flatMap(PublicationDate::parse);
        return new ArticleMetadata(values.get(MetadataField.OUTLET), values.get(MetadataField.TITLE),
                date.map(PublicationDate::date).orElse(null),
                date.map(PublicationDate::approximate).orElse(false),
                values.get(MetadataField.URL), values.get(MetadataField.AUTHOR));
    }

    /** Problem texts (without a file name) for values that were given but cannot be used. */
    List<String> complaints() {
        List<String> complaints = new ArrayList<>();
        String date = values.get(MetadataField.DATE);
        if (date != null && PublicationDate.parse(date).isEmpty()) {
            complaints.add(PublicationDate.unreadable(date));
        }
        return complaints;
    }
}
