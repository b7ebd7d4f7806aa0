package vn.hopso.embeddeds3;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * S3Proxy over a folder: objects are files under {@code objects/}, the endpoint listens on 127.0.0.1 only, on a port
 * the system chooses, and every request must be signed with the {@link Credentials}. The bucket is created when it is
 * missing, so a fresh data folder is ready at once.
 */
final class LocalS3 implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStore store;

    private LocalS3(S3Proxy proxy, BlobStore store) {
        this.proxy = proxy;
        this.store = store;
    }

    static LocalS3 start(Path folder, String bucket, Credentials credentials) throws Exception {
        Path objects = folder.resolve("objects");
        Files.createDirectories(objects);
        BlobStore store = new FilesystemNio2BlobStore(objects.toAbsolutePath().toString());
        if (!store.containerExists(bucket)) {
            store.createContainer(bucket);
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKey(), credentials.secretKey())
                .build();
        proxy.start(); // returns once the connector listens
        if (!"STARTED".equals(proxy.getState())) {
            store.close();
            throw new IOException("S3Proxy is " + proxy.getState() + " after start");
        }
        return new LocalS3(proxy, store);
    }

    String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } finally {
            store.close();
        }
    }
}
