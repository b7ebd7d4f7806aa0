package vn.hopso.documents.domain;

/** The object storage did not answer or refused a request: nothing the caller did wrong, try again later. */
public final class StorageFailed extends RuntimeException {

    public StorageFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
