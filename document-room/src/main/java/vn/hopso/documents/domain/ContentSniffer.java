package vn.hopso.documents.domain;

/**
 * Decides a file's type from its first bytes. A PDF may have up to 1 KiB of junk before {@code %PDF-}, as readers
 * allow; every other type must start with its signature.
 */
public final class ContentSniffer {

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD = 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
        (byte) 0xe1};

    private ContentSniffer() {
    }

    public static ContentType sniff(byte[] content) {
        if (startsWith(content, 0, PNG)) {
            return ContentType.PNG;
        }
        if (startsWith(content, 0, JPEG)) {
            return ContentType.JPEG;
        }
        if (startsWith(content, 0, ZIP)) {
            return ContentType.ZIP_OFFICE;
        }
        if (startsWith(content, 0, OLE2)) {
            return ContentType.OLE2_OFFICE;
        }
        int limit = Math.min(content.length, HEAD) - PDF.length;
        for (int offset = 0; offset <= limit; offset++) {
            if (startsWith(content, offset, PDF)) {
                return ContentType.PDF;
            }
        }
        return ContentType.UNKNOWN;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        if (content.length - offset < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[offset + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
