/**
 * Phòng tài liệu on the server: uploads of the secretariat, the documents a reader may see (the rules are
 * {@code vn.hopso.documents.domain}), watermarked copies and page images, read receipts. Files are kept through the
 * document room's {@code BlobStore} (S3); what was read from them, in PostgreSQL.
 */
package vn.hopso.meeting.document;
