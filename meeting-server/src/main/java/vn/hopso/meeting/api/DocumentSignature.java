package vn.hopso.meeting.api;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A digital signature of the document's current version, as checked when it was uploaded.
 *
 * @param signer the signer's name from their certificate (else as the signature gives it); show it as text
 * @param signedAt when it says it was signed, if it says
 * @param intact the signed bytes are exactly those the signer signed
 * @param modifiedAfterSigning the file was saved again with more content after this signature
 * @param trusted the signer's certificate chains to the server's trust list ({@code hopso.documents.trusted-certificates})
 * @param valid intact, not modified after signing, and trusted
 * @param problem why it could not be checked at all, in Vietnamese, if it could not
 */
public record DocumentSignature(String signer, @Nullable Instant signedAt, boolean intact, boolean modifiedAfterSigning,
        boolean trusted, boolean valid, @Nullable String problem) {
}
