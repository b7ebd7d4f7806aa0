package vn.hopso.documents.domain;

import java.util.Optional;

/**
 * Object storage addressed by content: an original is stored under the SHA-256 of its bytes, so the same file
 * uploaded twice is kept once and never changed; what is made from it (page images, thumbnails, a converted PDF) is
 * stored beside it under a name of its own. Adapter: {@code S3BlobStore}.
 */
public interface BlobStore {

    /** @return the digest the bytes are kept under (lower-case hex); storing them again changes nothing */
    String putOriginal(byte[] content);

    Optional<byte[]> original(String sha256);

    void putDerived(String sha256, String name, byte[] content, String mediaType);

    Optional<byte[]> derived(String sha256, String name);
}
