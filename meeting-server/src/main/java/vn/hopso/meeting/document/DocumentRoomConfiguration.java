package vn.hopso.meeting.document;

import io.minio.MinioClient;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.hopso.documents.convert.LibreOfficeConverter;
import vn.hopso.documents.domain.BlobStore;
import vn.hopso.documents.pdf.PdfBoxImageConverter;
import vn.hopso.documents.pdf.PdfBoxInspector;
import vn.hopso.documents.pdf.PdfBoxPageRenderer;
import vn.hopso.documents.pdf.PdfBoxServedCopies;
import vn.hopso.documents.pdf.PdfSignatures;
import vn.hopso.documents.pdf.TrustList;
import vn.hopso.documents.storage.S3BlobStore;
import vn.hopso.meeting.config.ConditionalOnSetting;
import vn.hopso.meeting.config.HopsoProperties;

/**
 * The document room's adapters: PDFBox inside the configured limits, LibreOffice when it is installed, and S3 storage
 * when it is configured.
 */
@Configuration(proxyBeanMethods = false)
class DocumentRoomConfiguration {

    @Bean
    PdfBoxInspector pdfInspector(HopsoProperties properties) {
        return new PdfBoxInspector(properties.documents().pdfLimits());
    }

    /** A trust list that cannot be read stops the server at start: see {@link TrustList#read}. */
    @Bean
    PdfSignatures signatureVerifier(HopsoProperties properties) {
        Path trusted = properties.documents().trustedCertificates();
        return new PdfSignatures(properties.documents().pdfLimits(),
                trusted == null ? TrustList.none() : TrustList.read(trusted));
    }

    @Bean
    PdfBoxPageRenderer pageRenderer(HopsoProperties properties) {
        return new PdfBoxPageRenderer(properties.documents().pdfLimits());
    }

    @Bean
    PdfBoxImageConverter imageConverter(HopsoProperties properties) {
        return new PdfBoxImageConverter(properties.documents().pdfLimits(), properties.documents().maxImagePixels());
    }

    @Bean
    PdfBoxServedCopies servedCopies(HopsoProperties properties) {
        return new PdfBoxServedCopies(properties.documents().pdfLimits());
    }

    /** Office files are converted when LibreOffice is installed where {@code hopso.documents.soffice} says. */
    @Bean
    @Conditional(SofficeInstalled.class)
    LibreOfficeConverter officeConverter(HopsoProperties properties) {
        return new LibreOfficeConverter(properties.documents().conversionLimits(),
                Path.of(System.getProperty("java.io.tmpdir"), "hopso-conversions"));
    }

    /** Without {@code hopso.s3.endpoint} there is none, and the document room answers 503 storage_unavailable. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSetting("hopso.s3.endpoint")
    static class Storage {
        @Bean
        BlobStore blobStore(MinioClient client, HopsoProperties properties) {
            return new S3BlobStore(client, properties.s3().bucket());
        }
    }
}
