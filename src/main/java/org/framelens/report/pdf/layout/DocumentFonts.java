package org.framelens.report.pdf.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document. A PDType0Font belongs to the document it was loaded into, so each document
 * gets its own instance; each file is loaded at most once, and only when a character first needs it, and is
 * embedded as a subset of the glyphs actually used.
 */
public final class DocumentFonts {

    private final PDDocument document;
    private final FontCatalog catalog;
    private final Map<String, PDType0Font> loaded = new HashMap<>();
    private final Map<FontFace, FontChain> chains = new EnumMap<>(FontFace.class);

    /** Fonts for {@code document}, chosen from {@code catalog}. */
    public DocumentFonts(PDDocument document, FontCatalog catalog) {
        this.document = document;
        this.catalog = catalog;
    }

    /** The fallback chain for a face. */
    public FontChain chain(FontFace face) {
        return chains.computeIfAbsent(face, f -> new FontChain(catalog.chain(f), this));
    }

    /** The font from a classpath resource, loaded into this document on first use. */
    PDType0Font font(String resource) throws IOException {
        PDType0Font font = loaded.get(resource);
        if (font == null) {
            try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the font file " + resource + " is missing from the classpath");
                }
                font = PDType0Font.load(document, in);
            }
            loaded.put(resource, font);
        }
        return font;
    }
}
