package org.framelens.report.pdf.layout;

/** A piece of a paragraph in one style, e.g. a bold label followed by regular text. */
public record Span(String text, TextStyle style) {

    public Span {
        text = text == null ? "" : text;
    }
}
