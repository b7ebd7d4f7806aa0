package vn.hopso.documents.domain;

/** What a file is, as decided from its bytes ({@link ContentSniffer}), never from its name. */
public enum ContentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    /** A ZIP container: .docx, .xlsx, .pptx, .odt, .ods (which one, its members tell). */
    ZIP_OFFICE("application/zip"),
    /** An OLE2 compound file: .doc, .xls, .ppt. */
    OLE2_OFFICE("application/x-ole-storage"),
    /** Nothing HọpSố reads. */
    UNKNOWN("application/octet-stream");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
