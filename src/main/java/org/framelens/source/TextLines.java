package org.framelens.source;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at CRLF, LF or a lone CR, whichever the file used. */
final class TextLines {

    private TextLines() {
    }

    /** The lines of the text, without their line ends; a final line end does not add an empty line. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
