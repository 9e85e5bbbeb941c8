package org.framelens.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The sRGB output intent that PDF/A requires of a file painting in device colours: it tells a printer or
 * archive how to read the report's RGB and grey. The profile is the one the Java runtime carries, so no
 * colour file ships with framelens and the bytes do not change between runs.
 */
final class ColourIntent {

    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final String REGISTRY = "http://www.color.org";

    private ColourIntent() {
    }

    /** Adds the sRGB output intent to the document's catalogue. */
    static void apply(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName(REGISTRY);
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
