package vn.hopso.documents.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a digital signature in an uploaded PDF (PAdES or CMS) proves about it, as checked when it was uploaded.
 *
 * @param signer the signer's name (the certificate's common name, else the name the signature gives), empty if none
 * @param signedAt when it says it was signed (the CMS signing time, else the signature's own date), if it says
 * @param intact the signed bytes are exactly those the signer signed: the digest and the signature verify
 * @param modifiedAfterSigning the file was changed after this signature (saved again with more content after it), so
 *     what is read now is not all covered by the signature
 * @param trusted the signer's certificate chains to a certificate of the configured trust list
 * @param problem why the signature could not be checked at all (an unsupported kind, damaged), none if it could
 */
public record SignatureCheck(String signer, @Nullable Instant signedAt, boolean intact, boolean modifiedAfterSigning,
        boolean trusted, @Nullable String problem) {

    public SignatureCheck {
        Objects.requireNonNull(signer);
    }

    /** A signature that could not be checked: it proves nothing. */
    public static SignatureCheck unverifiable(String signer, @Nullable Instant signedAt, String problem) {
        return new SignatureCheck(signer, signedAt, false, false, false, problem);
    }

    /** It proves the document is as the signer signed it, from a signer the trust list vouches for. */
    public boolean valid() {
        return intact && !modifiedAfterSigning && trusted;
    }
}
