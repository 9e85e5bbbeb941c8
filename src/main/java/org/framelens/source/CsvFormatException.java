package org.framelens.source;

/** A comma-separated table that does not follow the format, with a one-line reason naming the line. */
final class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    CsvFormatException(String reason) {
        super(reason);
    }
}
