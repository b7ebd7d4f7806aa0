package vn.hopso.documents.storage;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hopso.documents.domain.BlobStore;
import vn.hopso.documents.domain.StorageFailed;

/**
 * The blob store on S3 (MinIO in production, S3Proxy for the Run command and tests) through the MinIO SDK. Originals
 * are {@code originals/<sha256>}, written only when absent; derived files are {@code derived/<sha256>/<name>}. No key
 * ever comes from a file's name, so no name can reach another object.
 */
public final class S3BlobStore implements BlobStore {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DERIVED_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    private final MinioClient client;
    private final String bucket;

    public S3BlobStore(MinioClient client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String putOriginal(byte[] content) {
        String digest = sha256(content);
        String key = "originals/" + digest;
        if (!exists(key)) {
            put(key, content, "application/octet-stream");
        }
        return digest;
    }

    @Override
    public Optional<byte[]> original(String sha256) {
        return read("originals/" + checkedDigest(sha256));
    }

    @Override
    public void putDerived(String sha256, String name, byte[] content, String mediaType) {
        put(derivedKey(sha256, name), content, mediaType);
    }

    @Override
    public Optional<byte[]> derived(String sha256, String name) {
        return read(derivedKey(sha256, name));
    }

    private static String derivedKey(String sha256, String name) {
        if (!DERIVED_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a derived file name: " + name);
        }
        return "derived/" + checkedDigest(sha256) + "/" + name;
    }

    private static String checkedDigest(String sha256) {
        if (!DIGEST.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        return sha256;
    }

    private boolean exists(String key) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if (missing(e)) {
                return false;
            }
            throw new StorageFailed("could not look for " + key, e);
        } catch (Exception e) {
            throw new StorageFailed("could not look for " + key, e);
        }
    }

    private void put(String key, byte[] content, String mediaType) {
        try {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).contentType(mediaType)
                    .stream(new ByteArrayInputStream(content), (long) content.length, -1L).build());
        } catch (Exception e) {
            throw new StorageFailed("could not store " + key, e);
        }
    }

    private Optional<byte[]> read(String key) {
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
            return Optional.of(in.readAllBytes());
        } catch (ErrorResponseException e) {
            if (missing(e)) {
                return Optional.empty();
            }
            throw new StorageFailed("could not read " + key, e);
        } catch (Exception e) {
            throw new StorageFailed("could not read " + key, e);
        }
    }

    private static boolean missing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NotFound".equals(code);
    }
}
