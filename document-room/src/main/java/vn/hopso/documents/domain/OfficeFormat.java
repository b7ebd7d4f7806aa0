package vn.hopso.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Office formats converted to PDF, told from a file's content: a ZIP container by the names of its members (never
 * extracted: only names are read, and the ODF {@code mimetype} member's first bytes), an OLE2 file as a legacy Word
 * document (LibreOffice reads which one it really is).
 */
public enum OfficeFormat {
    DOCX("docx"), XLSX("xlsx"), PPTX("pptx"), ODT("odt"), ODS("ods"), ODP("odp"), DOC("doc");

    /** A ZIP with more members than this is not read further (a zip bomb of names). */
    static final int MAX_MEMBERS = 10_000;

    private final String extension;

    OfficeFormat(String extension) {
        this.extension = extension;
    }

    /** The extension the converter is given, so that it picks its import filter; never the uploaded name's. */
    public String extension() {
        return extension;
    }

    public static Optional<OfficeFormat> of(byte[] content) {
        return switch (ContentSniffer.sniff(content)) {
            case OLE2_OFFICE -> Optional.of(DOC);
            case ZIP_OFFICE -> zipped(content);
            default -> Optional.empty();
        };
    }

    private static Optional<OfficeFormat> zipped(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int members = 0;
            while ((entry = zip.getNextEntry()) != null && ++members <= MAX_MEMBERS) {
                Optional<OfficeFormat> found = switch (entry.getName()) {
                    case "word/document.xml" -> Optional.of(DOCX);
                    case "xl/workbook.xml" -> Optional.of(XLSX);
                    case "ppt/presentation.xml" -> Optional.of(PPTX);
                    case "mimetype" -> openDocument(new String(zip.readNBytes(100), StandardCharsets.US_ASCII));
                    default -> Optional.empty();
                };
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a ZIP we can read: refused as unsupported
        }
    }

    private static Optional<OfficeFormat> openDocument(String mimetype) {
        return switch (mimetype.strip()) {
            case "application/vnd.oasis.opendocument.text" -> Optional.of(ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(ODS);
            case "application/vnd.oasis.opendocument.presentation" -> Optional.of(ODP);
            default -> Optional.empty();
        };
    }
}
