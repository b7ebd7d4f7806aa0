/**
 * Phòng tài liệu: documents per agenda item (tờ trình, dự thảo nghị quyết, báo cáo thẩm tra, báo cáo, tài liệu tham
 * khảo), their versions, access classes, watermarks, annotations and comments. Plain Java only: no Spring, JDBC or
 * HTTP; adapters (S3 storage, PDFBox rendering, LibreOffice conversion) live beside this package.
 */
package vn.hopso.documents.domain;
