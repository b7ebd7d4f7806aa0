package vn.hopso.media.domain;

/** A media node refused a request or could not be reached; adapters throw their own subtypes. */
public abstract class MediaFailure extends RuntimeException {

    protected MediaFailure(String message) {
        super(message);
    }

    protected MediaFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
