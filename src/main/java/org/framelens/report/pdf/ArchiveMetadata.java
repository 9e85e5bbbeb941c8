package org.framelens.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The XMP metadata stream that PDF/A-2b requires: it declares the conformance level and repeats the document
 * information dictionary (title, author, subject, keywords, creator, producer, dates) field for field, since a
 * PDF/A validator rejects a file whose two copies disagree. It is built from the dictionary itself, so it holds
 * no clock time and the same document always gets the same bytes.
 */
final class ArchiveMetadata {

    private static final int PDFA_PART = 2;
    private static final String PDFA_CONFORMANCE = "B";

    private ArchiveMetadata() {
    }

    /** Attaches to the catalogue an XMP stream mirroring the document's information dictionary. */
    static void apply(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();

        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        if (info.getTitle() != null) {
            dublinCore.setTitle(info.getTitle());
        }
        if (info.getAuthor() != null) {
            dublinCore.addCreator(info.getAuthor());
        }
        if (info.getSubject() != null) {
            dublinCore.setDescription(info.getSubject());
        }

        PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
        identification.setPart(PDFA_PART);
        try {
            identification.setConformance(PDFA_CONFORMANCE);
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("xmpbox refused PDF/A conformance " + PDFA_CONFORMANCE, e);
        }

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        if (info.getCreator() != null) {
            basic.setCreatorTool(info.getCreator());
        }
        if (info.getCreationDate() != null) {
            basic.setCreateDate(info.getCreationDate());
        }
        if (info.getModificationDate() != null) {
            basic.setModifyDate(info.getModificationDate());
        }

        AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
        if (info.getProducer() != null) {
            adobe.setProducer(info.getProducer());
        }
        if (info.getKeywords() != null) {
            adobe.setKeywords(info.getKeywords());
        }

        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, packet, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("the report's XMP metadata could not be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(packet.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);
    }
}
