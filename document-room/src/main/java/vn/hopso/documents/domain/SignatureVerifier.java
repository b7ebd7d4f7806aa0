package vn.hopso.documents.domain;

import java.util.List;

/** Checks the digital signatures of an uploaded PDF, in the order they were made. Adapter: {@code PdfSignatures}. */
public interface SignatureVerifier {

    /** Every signature of a PDF that passed the inspector's limits; none for an unsigned one. */
    List<SignatureCheck> verify(byte[] pdf) throws UnreadablePdf;
}
