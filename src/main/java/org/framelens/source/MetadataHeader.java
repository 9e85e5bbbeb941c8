package org.framelens.source;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framelens.article.ArticleMetadata;

/**
 * The optional block of {@code key: value} lines at the top of a text file, closed by a line {@code ---}, in
 * which the user says which outlet published the article, its title, date, address and author.
 *
 * @param metadata what the header says
 * @param lineCount how many lines of the file the header takes, its closing {@code ---} included
 * @param complaints problem texts for values that could not be used, such as an unreadable date
 */
record MetadataHeader(ArticleMetadata metadata, int lineCount, List<String> complaints) {

    private static final Pattern FIELD = Pattern.compile("\\s*([A-Za-z]+)\\s*:(.*)");

    private static final String CLOSE = "---";

    public MetadataHeader {
        complaints = List.copyOf(complaints);
    }

    /**
     * The header at the top of these lines, or empty when there is none: every non-blank line before the first
     * {@code ---} must be a {@code key: value} line with a known key, and at least one must be there. Otherwise
     * the {@code ---} is ordinary text and the file has no header.
     */
    static Optional<MetadataHeader> read(List<String> lines) {
        MetadataValues values = new MetadataValues();
        boolean anyField = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = BlockText.normalise(lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals(CLOSE)) {
                return anyField
                        ? Optional.of(new MetadataHeader(values.metadata(), i + 1, values.complaints()))
                        : Optional.empty();
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            Optional<MetadataField> field = MetadataField.named(m.group(1));
            if (field.isEmpty()) {
                return Optional.empty();
            }
            values.put(field.get(), m.group(2));
            anyField = true;
        }
        return Optional.empty();
    }
}
