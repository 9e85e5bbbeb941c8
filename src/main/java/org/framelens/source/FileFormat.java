package org.framelens.source;

import java.util.Locale;
import java.util.Optional;

/** The kinds of article file framelens reads, recognised by file extension regardless of case. */
enum FileFormat {
    TEXT, MARKDOWN, HTML, PDF;

    /** The problem line's wording for a file of any other kind. */
    static final String UNSUPPORTED = "not a supported file type (use .txt, .md, .html, .htm or .pdf); skipped";

    /** The format of a file with this name, or empty when framelens does not read such files. */
    static Optional<FileFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".md")) {
            return Optional.of(MARKDOWN);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }
}
