package org.framelens.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.framelens.compare.Comparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The report is a PDF/A-2b file, as judged by veraPDF, so libraries and archives can keep it. */
class PdfArchiveTest {

    private static final PDFAFlavour PDFA_2B = PDFAFlavour.PDFA_2_B;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void fiveOutletReportPassesPdfA2bValidation() throws Exception {
        assertCompliant(RenderedReport.of(ComparisonFixture.fiveOutlets()));
    }

    @Test
    void reportAndHandoutOfTheFiveExamplesPassPdfA2bValidation() throws Exception {
        org.framelens.compare.Comparison examples = org.framelens.testing.Examples.comparison(
                ComparisonFixture.REPORT_DATE);
        assertCompliant(RenderedReport.of(examples));
        java.io.ByteArrayOutputStream handout = new java.io.ByteArrayOutputStream();
        new PdfReportWriter(PaperSize.A4, ReportEdition.HANDOUT).write(examples, handout);
        assertCompliant(new RenderedReport(handout.toByteArray(), null));
    }

    @Test
    void reportInCyrillicChineseArabicAndEmojiPassesPdfA2bValidation() throws Exception {
        RenderedReport report = RenderedReport.of(SampleReport.scripts(), PaperSize.A4);

        assertThat(report.flatText()).contains("Зеленский", "Καθημερινή", "習近平");
        assertCompliant(report);
    }

    @Test
    void metadataCarriesConformanceLevelAndTheReportDateAtMidnightUtc() throws Exception {
        try (PDDocument document = RenderedReport.of(ComparisonFixture.fiveOutlets()).open()) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());

            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("framelens report: How 5 outlets covered the story");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("framelens");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis())
                    .isEqualTo(xmp.getXMPBasicSchema().getModifyDate().getTimeInMillis())
                    .isEqualTo(midnightUtc(2025, Calendar.DECEMBER, 3));
            assertThat(xmp.getAdobePDFSchema().getKeywords())
                    .isEqualTo(document.getDocumentInformation().getKeywords())
                    .startsWith("Clash Report, The Bulwark, ");
        }
    }

    @Test
    void outputIntentIsSrgb() throws IOException {
        try (PDDocument document = RenderedReport.of(ComparisonFixture.fiveOutlets()).open()) {
            List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();

            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.get(0).getDestOutputIntent().getInt(COSName.N)).isEqualTo(3);
        }
    }

    private static void assertCompliant(RenderedReport report) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(report.bytes()), PDFA_2B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFA_2B, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage());
                }
            }
            if (!result.isCompliant()) {
                failed.forEach(System.out::println);
            }
            assertThat(result.isCompliant()).as("PDF/A-2b failures: %s", failed).isTrue();
        }
    }

    private static long midnightUtc(int year, int month, int day) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(year, month, day);
        return calendar.getTimeInMillis();
    }
}
