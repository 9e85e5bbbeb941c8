package org.framelens.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits comma-separated text into records and fields the RFC 4180 way: a field in double quotes may hold the
 * separator, line breaks and doubled quotes ({@code ""} for {@code "}); records end at CRLF, LF or CR.
 *
 * @param records the records, each a list of field values, with the line each record starts on
 */
record CsvRecords(List<CsvRecords.Row> records) {

    /** One record: its fields and the line of the file it starts on (counting from 1). */
    record Row(int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        /** Whether the record is an empty line. */
        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    public CsvRecords {
        records = List.copyOf(records);
    }

    /** The records of the text, fields separated by {@code separator}; fails on a quote left open or text
     *  between a closing quote and the next separator. */
    static CsvRecords parse(String text, char separator) throws CsvFormatException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '"') {
                int openedOn = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new CsvFormatException("a quoted field starting on line " + openedOn + " is never closed");
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c == '\n' || c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n')) {
                        line++;
                    }
                    field.append(c);
                    i++;
                }
                if (i < n && !isEnd(text.charAt(i), separator)) {
                    throw new CsvFormatException("line " + line + " has text after a closing double quote");
                }
            } else {
                while (i < n && !isEnd(text.charAt(i), separator)) {
                    field.append(text.charAt(i));
                    i++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                break;
            }
            char end = text.charAt(i);
            i++;
            if (end == separator) {
                if (i >= n) {
                    fields.add("");
                }
                continue;
            }
            if (end == '\r' && i < n && text.charAt(i) == '\n') {
                i++;
            }
            rows.add(new Row(rowLine, fields));
            fields = new ArrayList<>();
            line++;
            rowLine = line;
        }
        if (!fields.isEmpty()) {
            rows.add(new Row(rowLine, fields));
        }
        return new CsvRecords(rows);
    }

    private static boolean isEnd(char c, char separator) {
        return c == separator || c == '\n' || c == '\r';
    }
}
